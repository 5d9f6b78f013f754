using System.Globalization;

namespace VioConcierge.Bench;

/// <summary>A whole-number command-line option: its range and how it changes a set's options.</summary>
public sealed record BenchOption<T>(int Min, int Max, Func<T, int, T> Set)
{
    /// <summary>
    /// Applies <paramref name="option"/> when it is one of <paramref name="options"/>: true with <paramref name="problem"/>
    /// null, or true with a problem when the value is out of range. False when the option is not one of them.
    /// </summary>
    public static bool TryApply(IReadOnlyDictionary<string, BenchOption<T>> options, T current, string option, string value, out T updated, out string? problem)
    {
        (updated, problem) = (current, null);
        if (!options.TryGetValue(option, out var spec))
        {
            return false;
        }
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < spec.Min || number > spec.Max)
        {
            problem = $"{option} must be a whole number from {spec.Min:N0} to {spec.Max:N0}.";
            return true;
        }
        updated = spec.Set(current, number);
        return true;
    }
}
