namespace VioConcierge.Core.Tenants;

/// <summary>The automatic-logout options of seed 000 (hours of inactivity), default 8.</summary>
public static class SessionTimeouts
{
    public const int DefaultHours = 8;

    public static readonly IReadOnlyList<int> AllowedHours = [2, 4, 8, 12, 24];

    public static bool IsValid(int hours) => AllowedHours.Contains(hours);
}
