using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.UserSettings;

/// <summary>
/// A user's interface state carried across browser sessions (seed 003 <c>user_session_state</c>): where they were and
/// what was open. It expires <see cref="UserSettingKinds.SessionStateLifetime"/> after it was last saved and then reads
/// as the defaults. <see cref="ExpiresAt"/> is set by the server; sent back, it is ignored.
/// </summary>
public sealed record SessionState
{
    public SessionContext CurrentContext { get; init; } = new();

    public SessionUiState UiState { get; init; } = new();

    public DateTimeOffset? ExpiresAt { get; init; }

    public FieldErrors Validate() => CurrentContext.Validate(UiState.Validate());
}
