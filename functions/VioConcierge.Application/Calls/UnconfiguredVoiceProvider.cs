using VioConcierge.Core.Calls;

namespace VioConcierge.Application.Calls;

/// <summary>
/// The voice provider when none is configured on this deployment: nothing can be dialled, so Call Now answers
/// "voice not configured" and reminder calls wait (reason <c>voice_not_configured</c>) until one is.
/// </summary>
public sealed class UnconfiguredVoiceProvider : IVoiceProvider
{
    public Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(false);

    public Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(PlaceCallResult.Failed(PlacementFailure.NotConfigured, "No voice provider is configured."));

    public Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken) => Task.CompletedTask;

    public Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken) =>
        Task.FromResult<CallLookup?>(null);
}
