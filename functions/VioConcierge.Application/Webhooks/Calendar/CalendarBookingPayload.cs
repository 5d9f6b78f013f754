using System.Text.Json;
using VioConcierge.Application.Security;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Application.Webhooks.Calendar;

/// <summary>
/// The work item of one recorded booking event: the integration it came through and the parsed booking, encrypted
/// (names, phones, emails and notes never sit in the work queue in clear), bound to the tenant.
/// </summary>
public sealed record CalendarBookingPayload(Guid IntegrationId, string Booking)
{
    public static CalendarBookingPayload Seal(IFieldProtector protector, Guid tenantId, Guid integrationId, BookingEvent booking) =>
        new(integrationId, protector.Protect(JsonSerializer.Serialize(booking, JsonSerializerOptions.Web), Purpose(tenantId, integrationId)));

    public BookingEvent Open(IFieldProtector protector, Guid tenantId) =>
        JsonSerializer.Deserialize<BookingEvent>(protector.Unprotect(Booking, Purpose(tenantId, IntegrationId)), JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException("A calendar booking work item without a booking.");

    private static string Purpose(Guid tenantId, Guid integrationId) => $"calendar-booking:{tenantId}:{integrationId}";
}
