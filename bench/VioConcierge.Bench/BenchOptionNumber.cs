using System.Globalization;

namespace VioConcierge.Bench;

/// <summary>Reads a whole-number option value within its range (shared by the option records' <c>TryApply</c>).</summary>
public static class BenchOptionNumber
{
    /// <summary>The number, or null with <paramref name="problem"/> saying the allowed range.</summary>
    public static int? Parse(string option, string value, (int Min, int Max) range, out string? problem)
    {
        problem = null;
        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= range.Min && number <= range.Max)
        {
            return number;
        }
        problem = $"{option} must be a whole number from {range.Min:N0} to {range.Max:N0}.";
        return null;
    }
}
