using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Application.Security;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Webhooks;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Webhooks.Calendar;

/// <summary>
/// Verify, record, acknowledge for Cal.com and Calendly (architecture decision 7). The integration id in the URL
/// names the tenant (unknown, disabled or another provider's: 404); its webhook secret from the secret store checks the
/// signature over the raw bytes (bad or missing: 401, nothing stored). Cal.com's <c>no-secret-provided</c> is
/// accepted for PING (no effect) and, only while the integration has no secret, for bookings; Calendly always needs
/// its signing key. Then the body is parsed (malformed: 400), pings and unknown triggers are acknowledged, and the
/// receipt (keyed by the provider's event identity) and the work item are written in one statement; a duplicate finds
/// its receipt and changes nothing. Logs carry ids, triggers and reasons only, never the body or the secret.
/// </summary>
public sealed class CalendarWebhookIngest(
    ICalendarIntegrations integrations,
    ISecretStore secrets,
    IWebhookReceipts receipts,
    IFieldProtector protector,
    TimeProvider time,
    AppMetrics metrics,
    ILogger<CalendarWebhookIngest> logger)
{
    public async Task<WebhookVerdict> AcceptAsync(CalendarProvider provider, Guid integrationId, ReadOnlyMemory<byte> body, string? signature, CancellationToken ct)
    {
        var integration = await integrations.ResolveAsync(integrationId, ct);
        if (integration is not { Enabled: true } || integration.Provider != provider)
        {
            logger.LogWarning("{Provider} webhook for integration {IntegrationId} refused: unknown or disabled", provider.Name(), integrationId);
            return Refused(provider, WebhookVerdict.NotFound);
        }
        var secret = await secrets.GetAsync(integration.TenantId, provider.WebhookSecretName(), ct);
        var check = provider == CalendarProvider.CalCom
            ? CalcomSignature.Verify(signature, body.Span, secret)
            : CalendlySignature.Verify(signature, body.Span, secret, time.GetUtcNow());
        var parse = provider == CalendarProvider.CalCom ? CalcomBookingParser.Parse(body) : CalendlyBookingParser.Parse(body);
        if (!Verified(check, parse, secret is not null))
        {
            logger.LogWarning("{Provider} webhook for integration {IntegrationId} refused: {Check}", provider.Name(), integrationId, check);
            return Refused(provider, WebhookVerdict.Unauthorized);
        }
        if (parse.Event is not { } booking)
        {
            logger.LogWarning("{Provider} webhook for integration {IntegrationId} malformed: {Problem}", provider.Name(), integrationId, parse.Problem);
            return Refused(provider, WebhookVerdict.Malformed);
        }
        if (booking.Receipt is not { } receipt)
        {
            logger.LogInformation("{Provider} {Trigger} for integration {IntegrationId} acknowledged without effect", provider.Name(), booking.Trigger, integrationId);
            metrics.WebhookDelivery(provider.Name(), WebhookDeliveryResult.Ignored);
            return WebhookVerdict.Accepted;
        }
        var payload = WorkPayload.Write(CalendarBookingPayload.Seal(protector, integration.TenantId, integrationId, booking));
        var work = new WorkRequest(WebhookWorkKinds.CalendarBooking, payload, time.GetUtcNow(), integration.TenantId);
        var result = await receipts.RecordAsync(integration.TenantId, WebhookReceipt.Unbound(provider.Name(), receipt.EventKey, receipt.Event), work, ct);
        logger.LogInformation("{Provider} {Trigger} for integration {IntegrationId}: {Result}", provider.Name(), booking.Trigger, integrationId, result);
        metrics.WebhookDelivery(provider.Name(), result.ToDelivery());
        return WebhookVerdict.Accepted;
    }

    private WebhookVerdict Refused(CalendarProvider provider, WebhookVerdict verdict)
    {
        metrics.WebhookDelivery(provider.Name(), WebhookDeliveryResult.Refused);
        return verdict;
    }

    /// <summary>A valid signature; or Cal.com's unsigned ping; or an unsigned Cal.com delivery while no secret is configured.</summary>
    private static bool Verified(CalendarSignatureCheck check, BookingParse parse, bool hasSecret) => check switch
    {
        CalendarSignatureCheck.Valid => true,
        CalendarSignatureCheck.Unsigned => parse.Event?.Kind == BookingEventKind.Ping || !hasSecret,
        _ => false,
    };
}
