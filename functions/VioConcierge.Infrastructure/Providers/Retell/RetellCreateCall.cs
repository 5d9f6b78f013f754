namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// The body of <c>POST /v2/create-phone-call</c>. <c>override_agent_id</c> picks the tenant's agent (the endpoint
/// has no <c>agent_id</c> field); metadata and dynamic variables are string to string.
/// </summary>
public sealed record RetellCreateCall(
    string FromNumber,
    string ToNumber,
    string OverrideAgentId,
    IReadOnlyDictionary<string, string> Metadata,
    IReadOnlyDictionary<string, string> RetellLlmDynamicVariables);
