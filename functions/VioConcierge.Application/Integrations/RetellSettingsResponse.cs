using VioConcierge.Core.Integrations;

namespace VioConcierge.Application.Integrations;

/// <summary>
/// A tenant's Retell set-up as shown to its admins. The API key is never returned: only whether the tenant has its
/// own (and its last four characters), whether calls use the platform's key instead, and whether calls can go out.
/// </summary>
public sealed record RetellSettingsResponse(
    string? AgentId, string? CallerId, SecretMask ApiKey, bool UsesPlatformKey, bool PlatformKeyAvailable, bool Ready, int Version)
{
    public static RetellSettingsResponse From(RetellSettings settings, int version, SecretMask ownKey, bool platformKey)
    {
        var usesPlatform = !ownKey.Configured && platformKey;
        return new(settings.AgentId, settings.CallerId, ownKey, usesPlatform, platformKey,
            settings.IsComplete() && (ownKey.Configured || platformKey), version);
    }
}
