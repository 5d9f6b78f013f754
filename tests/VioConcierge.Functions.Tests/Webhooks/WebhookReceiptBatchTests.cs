using System.Net;
using VioConcierge.Application.Webhooks;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Webhooks;
using VioConcierge.Infrastructure.Work;
using Delivery = VioConcierge.Infrastructure.Webhooks.PostgresWebhookReceipts.Delivery;

namespace VioConcierge.Functions.Tests.Webhooks;

/// <summary>
/// Deliveries that share a round trip: several tenants in one transaction, each under its own scope; a delivery
/// repeated in the same batch or already recorded is a duplicate; a session of another tenant writes nothing.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class WebhookReceiptBatchTests(VoiceApiFixture api)
{
    private async Task<(Guid TenantId, Guid SessionId)> CallNowAsync()
    {
        var (t, sessionId) = await TenantSession.WithPlacedCallAsync(api);
        return (t.Tenant.TenantId, sessionId);
    }

    /// <summary>A Retell receipt for the test; its work item is due in ten years, so no other test's run picks it up.</summary>
    private Delivery Retell(Guid tenantId, Guid sessionId, string callId, string @event) => new(tenantId,
        new WebhookReceipt("retell", callId, @event, sessionId),
        api.Service<PostgresWorkQueue>().NewItem(
            new WorkRequest("test.receipt", "{}", api.Clock.GetUtcNow().AddYears(10), tenantId, $"retell:{callId}:{@event}"), tenantId));

    [Fact]
    public async Task OneBatch_AcrossTenants_RecordsEachNewEventOnce_AndRefusesAnotherTenantsSession()
    {
        var (a, aSession) = await CallNowAsync();
        var (b, bSession) = await CallNowAsync();
        var (aCall, bCall) = ($"call_{Guid.NewGuid():N}", $"call_{Guid.NewGuid():N}");
        var receipts = api.Service<PostgresWebhookReceipts>();
        Assert.Equal(ReceiptResult.Recorded, await receipts.RecordAsync(a, Retell(a, aSession, aCall, "call_started").Receipt,
            new WorkRequest("test.receipt", "{}", api.Clock.GetUtcNow().AddYears(10), a, $"retell:{aCall}:call_started"), CancellationToken.None));
        var booking = $"booking-{Guid.NewGuid():N}";

        var results = await receipts.RecordManyAsync([
            Retell(a, aSession, aCall, "call_ended"),
            Retell(b, bSession, bCall, "call_ended"),
            Retell(a, aSession, aCall, "call_ended"),
            Retell(a, bSession, bCall, "call_analyzed"),
            Retell(a, aSession, aCall, "call_started"),
            new Delivery(b, WebhookReceipt.Unbound("calcom", booking, "BOOKING_CREATED"), api.Service<PostgresWorkQueue>().NewItem(
                new WorkRequest("test.receipt", "{}", api.Clock.GetUtcNow().AddYears(10), b, null), b)),
        ]);

        Assert.Equal(
            [ReceiptResult.Recorded, ReceiptResult.Recorded, ReceiptResult.Duplicate, ReceiptResult.UnknownSession, ReceiptResult.Duplicate, ReceiptResult.Recorded],
            results);
        Assert.Equal((2, 2), await StoredAsync(a, aCall));
        Assert.Equal((1, 1), await StoredAsync(b, bCall));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM webhook_receipts WHERE tenant_id = @a AND event_key = @bCall", new { a, bCall }));
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM webhook_receipts r JOIN work_items w ON w.tenant_id = r.tenant_id AND w.kind = 'test.receipt' AND w.dedupe_key IS NULL WHERE r.event_key = @booking AND r.tenant_id = @b",
            new { booking, b }));
    }

    [Fact]
    public async Task ConcurrentDeliveries_OfTheSameEvents_EachAnswered204_AndAppliedOnce()
    {
        var (a, aSession) = await CallNowAsync();
        var callId = $"call_{Guid.NewGuid():N}";
        string[] events = ["call_started", "call_ended", "call_analyzed"];
        var bodies = Enumerable.Range(0, 4).SelectMany(_ => events)
            .Select(@event => RetellEvents.Body(@event, callId, a, aSession, "user_hangup", "confirmed")).ToArray();

        var responses = await Task.WhenAll(bodies.Select(body => RetellEvents.PostSignedAsync(api, body)));

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));
        Assert.Equal((3, 3), await api.StoredForCallAsync(callId));
        await api.RunDueWorkAsync();
        Assert.Equal(1, await api.CountAsync(
            "SELECT count(*) FROM call_timeline WHERE call_session_id = @aSession AND code = 'outcome_confirmed'", new { aSession }));
    }

    private async Task<(long Receipts, long WorkItems)> StoredAsync(Guid tenantId, string callId) => (
        await api.CountAsync("SELECT count(*) FROM webhook_receipts WHERE tenant_id = @tenantId AND event_key = @callId", new { tenantId, callId }),
        await api.CountAsync("SELECT count(*) FROM work_items WHERE tenant_id = @tenantId AND dedupe_key LIKE @prefix", new { tenantId, prefix = $"retell:{callId}:%" }));
}
