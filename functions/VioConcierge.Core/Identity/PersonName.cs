using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Identity;

/// <summary>Rules for a user's full name (1..100 characters, not blank) and job title (<= 100).</summary>
public static class PersonName
{
    public const int MaxLength = 100;
    public const int JobTitleMaxLength = 100;

    /// <summary>The trimmed name, or null with an error added.</summary>
    public static string? Check(string? value, string field, FieldErrors errors)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            errors.Add(field, "Full name is required.");
            return null;
        }
        if (trimmed.Length > MaxLength)
        {
            errors.Add(field, $"Full name must be at most {MaxLength} characters.");
            return null;
        }
        return trimmed;
    }
}
