namespace VioConcierge.Application.UserSettings;

/// <summary>A saved per-user settings document, its version and when it expires (null: never).</summary>
public sealed record StoredUserSetting<T>(T Value, int Version, DateTimeOffset? ExpiresAt);
