using System.Collections.Concurrent;
using VioConcierge.Core.Calls;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// The voice port answering at once: every tenant is configured and every placement is accepted. Records each
/// placement by call session (how many times it was asked) and when it was first asked, by contact.
/// </summary>
public sealed class NoopVoiceProvider(TimeProvider time) : IVoiceProvider
{
    private readonly ConcurrentDictionary<Guid, int> _placements = new();
    private readonly ConcurrentDictionary<Guid, DateTimeOffset> _dialledAt = new();
    private int _count;

    /// <summary>Every PlaceCall so far, repeats included.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>How many times each call session was dialled (more than once is a double dial).</summary>
    public IReadOnlyDictionary<Guid, int> Placements => _placements;

    /// <summary>When each contact was first dialled (bench clock).</summary>
    public IReadOnlyDictionary<Guid, DateTimeOffset> DialledAt => _dialledAt;

    public Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken)
    {
        _dialledAt.TryAdd(request.ContactId, time.GetUtcNow());
        _placements.AddOrUpdate(request.CallSessionId, 1, (_, count) => count + 1);
        Interlocked.Increment(ref _count);
        return Task.FromResult(PlaceCallResult.Ok($"noop_{request.CallSessionId:N}"));
    }

    public Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken) =>
        Task.FromResult<CallLookup?>(null);

    /// <summary>Forgets what was recorded (between scenarios).</summary>
    public void Clear()
    {
        _placements.Clear();
        _dialledAt.Clear();
        Interlocked.Exchange(ref _count, 0);
    }
}
