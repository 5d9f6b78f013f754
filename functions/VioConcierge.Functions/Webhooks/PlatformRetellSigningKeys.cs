using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Functions.Webhooks;

/// <summary>
/// The platform's Retell API key (<c>Retell:ApiKey</c>) for every webhook. Tenants' own keys are added when the
/// secret store is wired (a tenant key first, then this one).
/// </summary>
public sealed class PlatformRetellSigningKeys(IConfiguration configuration) : IRetellSigningKeys
{
    public const string SettingName = "Retell:ApiKey";

    private readonly IReadOnlyList<string> _keys = configuration[SettingName] is { Length: > 0 } key ? [key] : [];

    public Task<IReadOnlyList<string>> KeysForAsync(Guid? tenantId, CancellationToken cancellationToken) => Task.FromResult(_keys);
}
