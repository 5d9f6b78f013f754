using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Where a reminder's call reports back (answered, ended, refused, timed out): the reminder engine decides what the
/// event means for the reminder, in the caller's transaction. Declared here so calls do not depend on reminders.
/// </summary>
public interface IReminderEvents
{
    Task ApplyAsync(IUnitOfWork uow, Guid contactId, ReminderEvent @event, CancellationToken ct);
}
