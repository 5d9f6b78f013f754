using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tenants;

/// <summary>A validated request to open a tenant together with its first client admin.</summary>
public sealed record NewTenant(
    string Name,
    string BusinessType,
    string TimeZone,
    string AdminFullName,
    EmailAddress AdminEmail,
    string? AdminJobTitle,
    string? AdminPassword)
{
    public const int NameMinLength = 2;
    public const int NameMaxLength = 100;

    public static Result<NewTenant> Create(
        string? name, string? businessType, string? timeZone,
        string? adminFullName, string? adminEmail, string? adminJobTitle, string? adminPassword)
    {
        var errors = new FieldErrors();
        var trimmedName = name?.Trim() ?? "";
        errors.AddIf(trimmedName.Length < NameMinLength || trimmedName.Length > NameMaxLength, "name",
            $"Name must be {NameMinLength} to {NameMaxLength} characters.");
        errors.AddIf(!BusinessTypes.IsValid(businessType), "businessType",
            $"Business type must be one of: {string.Join(", ", BusinessTypes.All)}.");
        var zone = string.IsNullOrWhiteSpace(timeZone) ? TimeZones.Default : timeZone.Trim();
        errors.AddIf(!TimeZones.IsValidIana(zone), "timezone", "Time zone must be an IANA id such as Europe/London.");
        var fullName = PersonName.Check(adminFullName, "admin.fullName", errors);
        errors.AddIf(!EmailAddress.TryParse(adminEmail, out var email), "admin.email", "Email address is not valid.");
        errors.AddIf(adminJobTitle?.Trim().Length > PersonName.JobTitleMaxLength, "admin.jobTitle",
            $"Job title must be at most {PersonName.JobTitleMaxLength} characters.");
        if (adminPassword is not null)
        {
            foreach (var (_, messages) in PasswordPolicy.Check(adminPassword, Role.ClientAdmin, "admin.password").ToDictionary())
            {
                foreach (var message in messages)
                {
                    errors.Add("admin.password", message);
                }
            }
        }
        if (!errors.IsEmpty)
        {
            return errors;
        }
        return new NewTenant(trimmedName, businessType!, zone, fullName!, email, NullIfBlank(adminJobTitle), adminPassword);
    }

    private static string? NullIfBlank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
