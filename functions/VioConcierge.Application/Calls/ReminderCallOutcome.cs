using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Calls;

/// <summary>
/// A reminder call's outcome on its way to its reminder: recorded on the call session, then raised as an external
/// event on the call's orchestration, which decides what it means for the reminder.
/// </summary>
public sealed record ReminderCallOutcome(Guid TenantId, Guid CallSessionId, Guid ContactId, int Attempt, CallOutcome Outcome);
