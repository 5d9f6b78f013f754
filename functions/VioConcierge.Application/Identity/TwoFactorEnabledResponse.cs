using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>Backup codes are shown only here; the new access token carries full access.</summary>
public sealed record TwoFactorEnabledResponse(IReadOnlyList<string> BackupCodes, string AccessToken, DateTimeOffset ExpiresAt);
