using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Identity;

/// <summary>
/// Password rules from the seeds: every account needs upper, lower, digit and symbol and no common password;
/// staff need 8+ characters, admins (client and platform) 12+.
/// </summary>
public static class PasswordPolicy
{
    public const int MinLengthForStaff = 8;
    public const int MinLengthForAdmins = 12;
    public const int MaxLength = 128;

    public static int MinLength(Role role) => role.IsAdmin() ? MinLengthForAdmins : MinLengthForStaff;

    public static FieldErrors Check(string? password, Role role, string field = "password")
    {
        var errors = new FieldErrors();
        if (string.IsNullOrEmpty(password))
        {
            return errors.Add(field, "Password is required.");
        }
        var min = MinLength(role);
        errors.AddIf(password.Length < min, field, $"Password must be at least {min} characters.")
              .AddIf(password.Length > MaxLength, field, $"Password must be at most {MaxLength} characters.")
              .AddIf(!password.Any(char.IsUpper), field, "Password must contain an upper-case letter.")
              .AddIf(!password.Any(char.IsLower), field, "Password must contain a lower-case letter.")
              .AddIf(!password.Any(char.IsDigit), field, "Password must contain a digit.")
              .AddIf(password.All(char.IsLetterOrDigit), field, "Password must contain a symbol.")
              .AddIf(CommonPasswords.IsCommon(password), field, "Password is too common.");
        return errors;
    }
}
