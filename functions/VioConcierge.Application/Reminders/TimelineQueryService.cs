using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Reminders;

/// <summary>A contact's call timeline for the caller's tenant: its reminder, its calls and every line written about them.</summary>
public sealed class TimelineQueryService(
    ITransactions database, IContactStore contacts, IReminderStore reminders, ICallSessionStore sessions, ITimelineStore timeline)
{
    public async Task<Result<TimelineResponse>> TimelineAsync(CurrentUser me, Guid contactId, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        if (await contacts.FindAsync(uow, contactId, includeDeleted: true, ct) is null)
        {
            return Result<TimelineResponse>.NotFound();
        }
        var reminder = await reminders.FindAsync(uow, contactId, ct);
        var calls = (await sessions.ForContactAsync(uow, contactId, ct)).Select(CallSessionResponse.From).ToArray();
        var lines = (await timeline.ForContactAsync(uow, contactId, ct))
            .Select(line => new TimelineLine(line.OccurredAt, line.Code, line.At, line.Attempt, line.CallSessionId)).ToArray();
        var summary = reminder is null ? null : ReminderSummary.From(reminder);
        return Result<TimelineResponse>.Ok(new TimelineResponse(summary, calls, lines));
    }
}
