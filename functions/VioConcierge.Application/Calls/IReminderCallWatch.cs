namespace VioConcierge.Application.Calls;

/// <summary>
/// Starts the orchestration that waits for a dialled reminder call's outcome (an external event) and applies it to
/// the reminder. Best effort: a call nobody watches has its outcome applied by the outcome's work item instead.
/// </summary>
public interface IReminderCallWatch
{
    Task WatchAsync(IReadOnlyList<(Guid TenantId, Guid CallSessionId)> calls, CancellationToken ct);
}

/// <summary>No orchestrations where the host has no task hub: every outcome is applied by its work item.</summary>
public sealed class NoReminderCallWatch : IReminderCallWatch
{
    public Task WatchAsync(IReadOnlyList<(Guid TenantId, Guid CallSessionId)> calls, CancellationToken ct) => Task.CompletedTask;
}
