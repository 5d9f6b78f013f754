using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Business;

/// <summary>The field rules of a <see cref="BusinessProfilePatch"/>, each adding its errors under the field's wire name.</summary>
internal static class BusinessProfileRules
{
    public static (string Type, string Timezone, int IdleHours) Tenant(BusinessProfilePatch patch, BusinessProfile current, FieldErrors errors)
    {
        errors.AddIf(patch.BusinessType is not null && !BusinessTypes.IsValid(patch.BusinessType), "businessType",
            $"Business type must be one of: {string.Join(", ", BusinessTypes.All)}.");
        errors.AddIf(patch.Timezone is not null && !TimeZones.IsValidIana(patch.Timezone), "timezone",
            "Time zone must be an IANA id such as Europe/London.");
        errors.AddIf(patch.SessionIdleTimeoutHours is { } hours && !SessionTimeouts.IsValid(hours), "sessionIdleTimeoutHours",
            $"Automatic logout must be one of: {string.Join(", ", SessionTimeouts.AllowedHours)} hours.");
        return (patch.BusinessType ?? current.BusinessType, patch.Timezone ?? current.Timezone, patch.SessionIdleTimeoutHours ?? current.SessionIdleTimeoutHours);
    }

    public static BusinessDetails Details(BusinessProfilePatch patch, BusinessDetails current, FieldErrors errors)
    {
        var phone = current.Phone;
        if (patch.Phone is not null)
        {
            phone = UkPhoneNumber.TryParse(patch.Phone, out var parsed) ? parsed.E164 : null;
            errors.AddIf(phone is null, "phone", patch.Phone.Trim().Length == 0 ? "The business phone is required." : "Phone must be a UK number a call can be placed to.");
        }
        var email = current.Email;
        if (patch.Email is not null)
        {
            email = EmailAddress.TryParse(patch.Email, out var parsed) ? parsed.Value : null;
            errors.AddIf(email is null, "email", patch.Email.Trim().Length == 0 ? "The business email is required." : "Email address is not valid.");
        }
        var website = current.Website;
        if (patch.Website is not null)
        {
            website = patch.Website.Trim().Length == 0 ? null : BusinessWebsite.TryParse(patch.Website, out var parsed) ? parsed : null;
            errors.AddIf(website is null && patch.Website.Trim().Length > 0, "website", "Website must be an http or https address, such as https://example.co.uk.");
        }
        var industry = patch.IndustryCategory is null ? current.IndustryCategory : patch.IndustryCategory.Trim() is { Length: > 0 } text ? text : null;
        errors.AddIf(industry?.Length > BusinessDetails.IndustryMaxLength, "industryCategory", $"At most {BusinessDetails.IndustryMaxLength} characters.");
        errors.AddIf(patch.BankHolidayRegion is { } region && !Enum.IsDefined(region), "bankHolidayRegion", "Unknown bank holiday region.");
        return current with
        {
            Phone = phone,
            Email = email,
            Website = website,
            IndustryCategory = industry,
            Address = patch.Address is null ? current.Address : patch.Address.Check(errors),
            OperatingSchedule = patch.OperatingSchedule?.Check(errors) ?? current.OperatingSchedule,
            BankHolidayRegion = patch.BankHolidayRegion ?? current.BankHolidayRegion,
        };
    }
}
