using VioConcierge.Application.Calls;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// The deadline of a reminder call's outcome: whatever its orchestration has not decided by now (the task hub is busy
/// or away) is applied here, in one transaction. One already decided is not current any more, so this changes nothing.
/// </summary>
public sealed class ReminderCallDeadlineHandler(ReminderCallOutcomes outcomes) : IWorkHandler
{
    public string Kind => WorkKinds.ReminderCallDeadline;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        outcomes.ApplyAsync(WorkPayload.Read<ReminderCallOutcome>(item), cancellationToken);
}
