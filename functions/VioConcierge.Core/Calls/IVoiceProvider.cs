namespace VioConcierge.Core.Calls;

/// <summary>
/// The voice-AI provider (Retell in production, a simulator locally, a fake in tests). Placing a call is never
/// retried by the adapter: a timeout is resolved by looking the call up, not by dialling again.
/// </summary>
public interface IVoiceProvider
{
    /// <summary>Whether calls can be placed for the tenant (agent and caller id configured).</summary>
    Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken);

    Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken);

    Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken);

    /// <summary>The provider's view of a call, or null when it does not know it.</summary>
    Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken);
}
