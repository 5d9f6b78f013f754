using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.UserSettings;

/// <summary>The checks the per-user settings share: a value from a fixed list, and a map whose keys come from one.</summary>
internal static class SettingRules
{
    public static FieldErrors OneOf<T>(this FieldErrors errors, T value, IReadOnlyList<T> allowed, string field) =>
        errors.AddIf(!allowed.Contains(value), field, $"Must be one of: {string.Join(", ", allowed)}.");

    public static FieldErrors KnownKeys<T>(this FieldErrors errors, IReadOnlyDictionary<string, T> map, IReadOnlyList<string> known, string field)
    {
        foreach (var key in map.Keys.Where(key => !known.Contains(key)).Take(10))
        {
            errors.Add($"{field}.{key}", $"Unknown key; known: {string.Join(", ", known)}.");
        }
        return errors;
    }
}
