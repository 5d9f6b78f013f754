namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// In-process wake-up for the dispatcher: enqueueing commits call <see cref="Notify"/>, so due work starts at once
/// instead of at the next poll. Take <see cref="NextAsync"/> before looking for work so no notification is missed.
/// </summary>
public sealed class WorkSignal
{
    private TaskCompletionSource _next = NewSource();

    public Task NextAsync() => Volatile.Read(ref _next).Task;

    public void Notify() => Interlocked.Exchange(ref _next, NewSource()).TrySetResult();

    private static TaskCompletionSource NewSource() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
