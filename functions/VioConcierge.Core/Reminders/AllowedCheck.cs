namespace VioConcierge.Core.Reminders;

/// <summary>Whether a moment may be used for a call; if not, the first reason code (see <see cref="ReasonCodes"/>).</summary>
public readonly record struct AllowedCheck(string? Reason)
{
    public static AllowedCheck Allowed => default;

    public bool IsAllowed => Reason is null;

    public static AllowedCheck Not(string reason) => new(reason);
}
