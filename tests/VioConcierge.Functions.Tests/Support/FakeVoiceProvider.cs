using System.Collections.Concurrent;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The voice port faked at its boundary: records every placement request, answers with a scripted result, and
/// can "die" during a placement (the request reached the provider but the process never learnt the answer). It keeps
/// each tenant's live calls (placed and not yet ended at the "provider": <see cref="EndCall"/>) and the most it ever
/// had at once.
/// </summary>
public sealed class FakeVoiceProvider : IVoiceProvider
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (Guid TenantId, Guid SessionId)> _live = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _maxLive = new();
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
        var result = Answer?.Invoke(request) ?? PlaceCallResult.Ok($"call_{Interlocked.Increment(ref _next)}");
        if (result.ProviderCallId is { } callId)
        {
            lock (_gate)
            {
                _live[callId] = (request.TenantId, request.CallSessionId);
                _maxLive[request.TenantId] = Math.Max(_maxLive.GetValueOrDefault(request.TenantId), _live.Values.Count(call => call.TenantId == request.TenantId));
            }
        }
        return Task.FromResult(result);
    }

    /// <summary>The most calls the tenant ever had live at once.</summary>
    public int MaxLive(Guid tenantId)
    {
        lock (_gate)
        {
            return _maxLive.GetValueOrDefault(tenantId);
        }
    }

    /// <summary>The tenant's calls placed and not yet ended: provider call id and call session.</summary>
    public IReadOnlyList<(string CallId, Guid SessionId)> Live(Guid tenantId)
    {
        lock (_gate)
        {
            return _live.Where(call => call.Value.TenantId == tenantId).Select(call => (call.Key, call.Value.SessionId)).ToArray();
        }
    }

    /// <summary>The call ends at the provider: no longer live, and a lookup finds it ended with <paramref name="outcome"/>.</summary>
    public void EndCall(string callId, CallLookup outcome)
    {
        lock (_gate)
        {
            _live.Remove(callId);
        }
        Lookups[callId] = outcome;
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
