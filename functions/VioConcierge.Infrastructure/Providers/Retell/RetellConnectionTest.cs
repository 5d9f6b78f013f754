using VioConcierge.Application.Integrations;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Checks a tenant's Retell set-up against Retell with the effective key. providers.md documents create-phone-call,
/// get-call and stop-call only, so: the key is checked with get-call on a call id that cannot exist (401/403 = key
/// refused; 404 or 2xx = key accepted); the agent and the caller id are checked for presence only and reported as
/// not checkable, since the contract has no agent or phone-number lookup (the first call tells).
/// </summary>
public sealed class RetellConnectionTest(RetellSettingsReader reader, IRetellCredentials credentials, RetellClient client) : IRetellConnectionTest
{
    public const string ProbeCallId = "vioconcierge-connection-test";

    public async Task<RetellTestResponse> RunAsync(Guid tenantId, CancellationToken ct)
    {
        var settings = await reader.GetAsync(tenantId, ct);
        var key = await credentials.GetApiKeyAsync(tenantId, ct);
        return RetellTestResponse.Of(
            key is null
                ? new RetellCheck("key", RetellCheck.Failed, "No API key: set the tenant's own, or the platform's Retell:ApiKey.")
                : KeyCheck(await client.GetCallAsync(key, ProbeCallId, ct)),
            Presence("agent", settings.AgentId, "No agent id is set.",
                "Retell's contract here has no agent lookup; the first call shows whether Retell knows this agent."),
            Presence("number", settings.CallerId, "No caller id is set.",
                "Retell's contract here has no phone-number lookup; the first call shows whether Retell can call from it."));
    }

    private static RetellCheck KeyCheck(RetellResponse<RetellCall> probe) => probe switch
    {
        { Transport: not RetellTransport.Answered } => new("key", RetellCheck.Error, $"Retell did not answer ({probe.Transport})."),
        { StatusCode: 401 or 403 } => new("key", RetellCheck.Failed, $"Retell refused the key ({probe.StatusCode})."),
        { StatusCode: 404 } or { IsSuccess: true } => new("key", RetellCheck.Passed, "Retell accepted the key."),
        _ => new("key", RetellCheck.Error, $"Retell answered {probe.StatusCode}; try again later."),
    };

    private static RetellCheck Presence(string name, string? value, string missing, string notCheckable) =>
        string.IsNullOrEmpty(value) ? new(name, RetellCheck.Failed, missing) : new(name, RetellCheck.NotCheckable, notCheckable);
}
