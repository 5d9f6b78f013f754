using VioConcierge.Core.Compliance;

namespace VioConcierge.Core.Calls;

/// <summary>
/// Decides what the agent may say. In HIPAA mode, by compliance level: strict = first name only, no appointment
/// type or provider; standard = first name, a generic "appointment", the provider's first name; basic = full details
/// that pass PHI screening. Otherwise by personalisation level: minimal = first name and time; standard = full
/// name, type and provider; enhanced = also company, duration and special instructions. Notes are never included.
/// </summary>
public static class CallContextBuilder
{
    public const string GenericType = "appointment";

    public sealed record Facts(
        string Name, string BusinessName, DateTimeOffset AppointmentAt, string Timezone, string? AppointmentType,
        string? OwnerName, string? CompanyName, int? DurationMinutes, string? SpecialInstructions);

    public static CallContext Build(Facts facts, ComplianceSettings compliance, string personalisationLevel)
    {
        var basic = new CallContext(FirstName(facts.Name), facts.BusinessName, facts.AppointmentAt, facts.Timezone, null, null, null, null, null);
        if (compliance.HipaaMode)
        {
            return compliance.ComplianceLevel switch
            {
                "strict" => basic,
                "standard" => basic with { AppointmentType = facts.AppointmentType is null ? null : GenericType, ProviderName = FirstName(facts.OwnerName) },
                _ => basic with
                {
                    CustomerName = facts.Name,
                    AppointmentType = Screened(facts.AppointmentType),
                    ProviderName = Screened(facts.OwnerName),
                    DurationMinutes = facts.DurationMinutes,
                    SpecialInstructions = Screened(facts.SpecialInstructions),
                },
            };
        }
        return personalisationLevel switch
        {
            "minimal" => basic,
            "standard" => basic with { CustomerName = facts.Name, AppointmentType = facts.AppointmentType, ProviderName = facts.OwnerName },
            _ => basic with
            {
                CustomerName = facts.Name,
                AppointmentType = facts.AppointmentType,
                ProviderName = facts.OwnerName,
                CompanyName = facts.CompanyName,
                DurationMinutes = facts.DurationMinutes,
                SpecialInstructions = facts.SpecialInstructions,
            },
        };
    }

    private static string? Screened(string? text) => text is not null && PhiDetector.Scan(text).Count == 0 ? text : null;

    private static string FirstName(string? name) => (name ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? "";
}
