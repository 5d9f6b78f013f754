namespace VioConcierge.Core.Groups;

/// <summary>The eight group colours the console offers (seed 001: "8 predefined colors").</summary>
public static class GroupColours
{
    public static readonly IReadOnlyList<string> Palette =
        ["#EF4444", "#F97316", "#EAB308", "#22C55E", "#14B8A6", "#3B82F6", "#8B5CF6", "#EC4899"];

    public const string Default = "#3B82F6";

    public static string? Normalise(string? colour) =>
        colour is null ? Default : Palette.FirstOrDefault(c => string.Equals(c, colour.Trim(), StringComparison.OrdinalIgnoreCase));
}
