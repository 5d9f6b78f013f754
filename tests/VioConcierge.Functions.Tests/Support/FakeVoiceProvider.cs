using System.Collections.Concurrent;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The voice port faked at its boundary: records every placement request, answers with a scripted result, and
/// can "die" during a placement (the request reached the provider but the process never learnt the answer).
/// </summary>
public sealed class FakeVoiceProvider : IVoiceProvider
{
    private int _next;

    public ConcurrentQueue<CallRequest> Placed { get; } = new();

    public ConcurrentQueue<string> Stopped { get; } = new();

    public ConcurrentDictionary<string, CallLookup> Lookups { get; } = new();

    public int CrashesLeft { get; set; }

    public Func<CallRequest, PlaceCallResult>? Answer { get; set; }

    public Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken)
    {
        Placed.Enqueue(request);
        if (CrashesLeft > 0)
        {
            CrashesLeft--;
            throw new HttpRequestException("The process died while the provider was placing the call.");
        }
        return Task.FromResult(Answer?.Invoke(request) ?? PlaceCallResult.Ok($"call_{Interlocked.Increment(ref _next)}"));
    }

    public Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken)
    {
        Stopped.Enqueue(providerCallId);
        return Task.CompletedTask;
    }

    public Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken) =>
        Task.FromResult(Lookups.TryGetValue(providerCallId, out var lookup) ? lookup : null);

    public IReadOnlyList<CallRequest> For(Guid contactId) => Placed.Where(call => call.ContactId == contactId).ToArray();
}
