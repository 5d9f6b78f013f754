using Microsoft.Extensions.Logging;
using VioConcierge.Application.Integrations;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// <see cref="IVoiceProvider"/> on Retell AI (<c>Voice:Provider = Retell</c>). A call goes out from the tenant's
/// caller id with its agent, authorised by the tenant's key or the platform's. Create is sent once: Retell's answers
/// become <see cref="PlacementFailure"/>s (401 configuration, 402 account, 400/422 invalid request, 429 capacity,
/// 5xx provider error), and a timeout or lost answer becomes <see cref="PlacementFailure.Timeout"/> ("may have been
/// placed; never dial again"). Logs carry call session ids and status codes, never numbers, names or keys.
/// </summary>
public sealed class RetellVoiceProvider(
    RetellClient client, RetellSettingsReader settings, IRetellCredentials credentials, ILogger<RetellVoiceProvider> logger) : IVoiceProvider
{
    public async Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) =>
        (await settings.GetAsync(tenantId, cancellationToken)).IsComplete()
        && await credentials.GetApiKeyAsync(tenantId, cancellationToken) is not null;

    public async Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken)
    {
        var setup = await settings.GetAsync(request.TenantId, cancellationToken);
        var key = await credentials.GetApiKeyAsync(request.TenantId, cancellationToken);
        if (!setup.IsComplete() || key is null)
        {
            return PlaceCallResult.Failed(PlacementFailure.NotConfigured, "Retell agent, caller id or API key missing.");
        }
        var call = new RetellCreateCall(setup.CallerId!, request.ToNumber, setup.AgentId!,
            RetellMetadata.For(request), RetellCallPayload.DynamicVariables(request.Context));
        var response = await client.CreatePhoneCallAsync(key, call, cancellationToken);
        logger.LogInformation("Retell create-phone-call for call session {CallSessionId}: {Transport} {StatusCode}",
            request.CallSessionId, response.Transport, response.StatusCode);
        return ToResult(response);
    }

    public async Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken)
    {
        if (await credentials.GetApiKeyAsync(tenantId, cancellationToken) is not { } key)
        {
            logger.LogWarning("Retell stop-call for {ProviderCallId} skipped: no API key for tenant {TenantId}", providerCallId, tenantId);
            return;
        }
        var response = await client.StopCallAsync(key, providerCallId, cancellationToken);
        if (IsTransient(response))
        {
            throw new HttpRequestException($"Retell stop-call did not complete ({response.Transport} {response.StatusCode}); it will be retried.");
        }
        if (!response.IsSuccess && response.StatusCode != 404)
        {
            logger.LogWarning("Retell stop-call for {ProviderCallId} refused: {StatusCode}", providerCallId, response.StatusCode);
        }
    }

    public async Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken)
    {
        if (await credentials.GetApiKeyAsync(tenantId, cancellationToken) is not { } key)
        {
            return null;
        }
        var response = await client.GetCallAsync(key, providerCallId, cancellationToken);
        if (IsTransient(response))
        {
            throw new HttpRequestException($"Retell get-call did not complete ({response.Transport} {response.StatusCode}); it will be retried.");
        }
        if (response is { IsSuccess: true, Value: { } found })
        {
            return RetellCallMapping.ToLookup(found);
        }
        if (response.StatusCode != 404)
        {
            logger.LogWarning("Retell get-call for {ProviderCallId} refused: {StatusCode}", providerCallId, response.StatusCode);
        }
        return null;
    }

    /// <summary>The engine's reading of Retell's answer to create-phone-call.</summary>
    public static PlaceCallResult ToResult(RetellResponse<RetellCall> response) => response switch
    {
        { Transport: RetellTransport.NotSent } => PlaceCallResult.Failed(PlacementFailure.ProviderError, "Retell could not be reached."),
        { Transport: RetellTransport.TimedOut or RetellTransport.AnswerLost } =>
            PlaceCallResult.Failed(PlacementFailure.Timeout, "No answer from Retell; the call may have been placed."),
        { IsSuccess: true, Value.CallId: { Length: > 0 } callId } => PlaceCallResult.Ok(callId),
        { IsSuccess: true } => PlaceCallResult.Failed(PlacementFailure.Timeout, "Retell answered without a call id."),
        { StatusCode: 402 } => PlaceCallResult.Failed(PlacementFailure.Account, "Retell: payment required (402)."),
        { StatusCode: 429 } => PlaceCallResult.Failed(PlacementFailure.Capacity, "Retell: concurrency limit (429)."),
        { StatusCode: 400 or 422 } => PlaceCallResult.Failed(PlacementFailure.InvalidRequest, $"Retell refused the request ({response.StatusCode})."),
        { StatusCode: >= 500 } => PlaceCallResult.Failed(PlacementFailure.ProviderError, $"Retell failed ({response.StatusCode})."),
        _ => PlaceCallResult.Failed(PlacementFailure.Configuration, $"Retell refused the credentials or set-up ({response.StatusCode})."),
    };

    private static bool IsTransient<T>(RetellResponse<T> response) =>
        response.Transport != RetellTransport.Answered || response.StatusCode is 429 or >= 500;
}
