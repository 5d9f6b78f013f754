using System.Globalization;
using VioConcierge.Core.Calls;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Builds what create-phone-call carries besides the numbers: metadata naming the tenant, contact, reminder, attempt
/// and call session (webhooks are correlated by these, never by phone number), and the agent's dynamic variables
/// from the <see cref="CallContext"/> (already reduced for personalisation and HIPAA; never notes). Every value is a
/// string, as Retell requires; a detail the context leaves out is an empty string so the prompt shows no placeholder.
/// </summary>
public static class RetellCallPayload
{
    public static IReadOnlyDictionary<string, string> Metadata(CallRequest request)
    {
        var metadata = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["tenant_id"] = request.TenantId.ToString(),
            ["contact_id"] = request.ContactId.ToString(),
            ["call_session_id"] = request.CallSessionId.ToString(),
        };
        if (request.ReminderId is { } reminderId)
        {
            metadata["reminder_id"] = reminderId.ToString();
        }
        if (request.Attempt is { } attempt)
        {
            metadata["attempt"] = attempt.ToString(CultureInfo.InvariantCulture);
        }
        return metadata;
    }

    public static IReadOnlyDictionary<string, string> DynamicVariables(CallContext context)
    {
        var local = Local(context.AppointmentAt, context.Timezone);
        var english = CultureInfo.GetCultureInfo("en-GB");
        return new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["customer_name"] = context.CustomerName,
            ["business_name"] = context.BusinessName,
            ["appointment_date"] = local.ToString("dddd d MMMM yyyy", english),
            ["appointment_time"] = local.ToString("HH:mm", CultureInfo.InvariantCulture),
            ["appointment_at"] = local.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
            ["timezone"] = context.Timezone,
            ["appointment_type"] = context.AppointmentType ?? "",
            ["provider_name"] = context.ProviderName ?? "",
            ["company_name"] = context.CompanyName ?? "",
            ["duration_minutes"] = context.DurationMinutes?.ToString(CultureInfo.InvariantCulture) ?? "",
            ["special_instructions"] = context.SpecialInstructions ?? "",
        };
    }

    private static DateTimeOffset Local(DateTimeOffset at, string timezone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timezone, out var zone) ? TimeZoneInfo.ConvertTime(at, zone) : at;
}
