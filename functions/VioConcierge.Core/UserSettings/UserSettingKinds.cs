namespace VioConcierge.Core.UserSettings;

/// <summary>
/// The per-user settings documents (seed 003): each user has at most one of each, read as its defaults until saved.
/// Session state expires <see cref="SessionStateLifetime"/> after it was last saved, and then reads as its defaults.
/// </summary>
public static class UserSettingKinds
{
    public const string Dashboard = "dashboard";
    public const string Preferences = "preferences";
    public const string SessionState = "session_state";

    public static readonly TimeSpan SessionStateLifetime = TimeSpan.FromDays(7);
}
