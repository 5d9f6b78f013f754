using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Calls;

/// <summary>
/// The work a call session is created with, in the transaction that creates it with its dialling slot: its placement,
/// due at once, the first check of <see cref="CallLookupSchedule"/> (each check schedules the next), and, for a call
/// without a reminder, the last check at the outcome timeout, due whatever became of the checks before it (a
/// reminder's outcome check plays that part). So a call whose end is never reported, or that is never placed, still
/// ends and frees its slot without anyone having to remember it.
/// </summary>
public static class CallSessionWork
{
    public static IReadOnlyList<WorkRequest> For(Guid? tenantId, CallSessionRow session, DateTimeOffset now) => session.ReminderId is null
        ? [Place(tenantId, session, now), Lookup(tenantId, session, 1), Lookup(tenantId, session, CallLookupSchedule.FinalCheck)]
        : [Place(tenantId, session, now), Lookup(tenantId, session, 1)];

    private static WorkRequest Place(Guid? tenantId, CallSessionRow session, DateTimeOffset now) =>
        new(WorkKinds.PlaceCall, WorkPayload.Write(new CallSessionPayload(session.Id)), now, tenantId, $"call:{session.Id}:place");

    /// <summary>Check <paramref name="check"/> of the session's lookup, due on the schedule from the session's creation.</summary>
    public static WorkRequest Lookup(Guid? tenantId, CallSessionRow session, int check) =>
        new(WorkKinds.LookupCall, WorkPayload.Write(new CallLookupPayload(session.Id, check)),
            CallLookupSchedule.DueAt(session.CreatedAt, check), tenantId, $"call:{session.Id}:lookup:{check}");
}
