using System.Text.Json;
using VioConcierge.Application.Telemetry;
using VioConcierge.Application.Webhooks;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Work;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>
/// Verify, record, acknowledge (architecture decision 7): checks the signature over the raw bytes with the keys of
/// the tenant the metadata names, then, in one statement scoped to that tenant, records a receipt keyed by (call id,
/// event) and enqueues the work that applies it (concurrent deliveries share round trips: see
/// <see cref="IWebhookReceipts"/>). A duplicate finds its receipt and changes nothing. Logs carry ids and
/// reasons only, never the body.
/// </summary>
public sealed class RetellWebhookIngest(
    IRetellSigningKeys signingKeys,
    IWebhookReceipts receipts,
    TimeProvider time,
    AppMetrics metrics,
    ILogger<RetellWebhookIngest> logger)
{
    public const string Provider = "retell";
    public async Task<WebhookVerdict> AcceptAsync(ReadOnlyMemory<byte> body, string? signature, CancellationToken ct)
    {
        if (!RetellSignature.TryParse(signature, out _, out _))
        {
            logger.LogWarning("Retell webhook refused: {Check}", SignatureCheck.Malformed);
            return Refused(WebhookVerdict.Unauthorized);
        }
        using var document = Parse(body);
        var tenantId = document is null ? null : RetellWebhookReader.TenantOf(document.RootElement);
        // The platform key first (no lookup); the tenant's own key only when that does not match.
        var now = time.GetUtcNow();
        var platformKeys = await signingKeys.KeysForAsync(null, ct);
        var check = RetellSignature.Verify(signature, body.Span, platformKeys, now);
        if (check == SignatureCheck.Mismatch && tenantId is not null)
        {
            var tenantKeys = await signingKeys.KeysForAsync(tenantId, ct);
            check = RetellSignature.Verify(signature, body.Span, tenantKeys, now);
        }
        if (check != SignatureCheck.Valid)
        {
            logger.LogWarning("Retell webhook refused: {Check}", check);
            return Refused(WebhookVerdict.Unauthorized);
        }
        RetellWebhook? webhook = null;
        string? problem = "the body is not JSON";
        if (document is null || !RetellWebhookReader.TryRead(document.RootElement, out webhook, out problem))
        {
            logger.LogWarning("Retell webhook malformed: {Problem}", problem);
            return Refused(WebhookVerdict.Malformed);
        }
        metrics.WebhookDelivery(Provider, await RecordAsync(webhook!, ct));
        return WebhookVerdict.Accepted;
    }

    private WebhookVerdict Refused(WebhookVerdict verdict)
    {
        metrics.WebhookDelivery(Provider, WebhookDeliveryResult.Refused);
        return verdict;
    }

    private async Task<WebhookDeliveryResult> RecordAsync(RetellWebhook webhook, CancellationToken ct)
    {
        if (!webhook.IsHandled)
        {
            logger.LogDebug("Retell event {Event} for call {CallId} ignored", webhook.Event, webhook.CallId);
            return WebhookDeliveryResult.Ignored;
        }
        if (webhook is not { TenantId: { } tenantId, CallSessionId: { } sessionId })
        {
            logger.LogWarning("Retell event {Event} for call {CallId} names no tenant or call session: ignored", webhook.Event, webhook.CallId);
            return WebhookDeliveryResult.Ignored;
        }
        var payload = WorkPayload.Write(RetellEventPayload.From(webhook, sessionId));
        var work = new WorkRequest(WebhookWorkKinds.RetellEvent, payload, time.GetUtcNow(), tenantId, $"{Provider}:{webhook.CallId}:{webhook.Event}");
        var result = await receipts.RecordAsync(tenantId, new WebhookReceipt(Provider, webhook.CallId, webhook.Event, sessionId), work, ct);
        if (result == ReceiptResult.UnknownSession)
        {
            logger.LogWarning("Retell event {Event} for call {CallId} names call session {CallSessionId} unknown to tenant {TenantId}: ignored",
                webhook.Event, webhook.CallId, sessionId, tenantId);
        }
        return result.ToDelivery();
    }

    private static JsonDocument? Parse(ReadOnlyMemory<byte> body)
    {
        try
        {
            return JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
