using System.Diagnostics.Metrics;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Telemetry;

/// <summary>
/// The counters a platform operator watches, on the <see cref="MeterName"/> meter: calls handed to the voice provider
/// (by result), calls ended (by outcome), webhook deliveries (by provider and what became of them) and work that
/// reached the poison queue (by kind). Tags carry categories only, never a tenant, contact or call.
/// </summary>
public sealed class AppMetrics
{
    public const string MeterName = "VioConcierge";

    private readonly Counter<long> _callsPlaced;
    private readonly Counter<long> _callsEnded;
    private readonly Counter<long> _webhookDeliveries;
    private readonly Counter<long> _poisoned;

    public AppMetrics(IMeterFactory meters)
    {
        var meter = meters.Create(MeterName);
        _callsPlaced = meter.CreateCounter<long>("vio.calls.placed", "{call}", "Calls asked of the voice provider, by result (placed, or the failure).");
        _callsEnded = meter.CreateCounter<long>("vio.calls.ended", "{call}", "Calls that ended, by outcome.");
        _webhookDeliveries = meter.CreateCounter<long>("vio.webhooks.deliveries", "{delivery}",
            "Webhook deliveries by provider and result: accepted, deduplicated, ignored or refused.");
        _poisoned = meter.CreateCounter<long>("vio.work.poisoned", "{item}", "Work items dead-lettered after their last attempt, by kind.");
    }

    public void CallPlaced(PlaceCallResult result) =>
        _callsPlaced.Add(1, new KeyValuePair<string, object?>("result", result.Placed ? "placed" : result.Failure?.ToString() ?? "failed"));

    public void CallEnded(CallOutcome outcome) => _callsEnded.Add(1, new KeyValuePair<string, object?>("outcome", CallOutcomes.Name(outcome)));

    public void WebhookDelivery(string provider, WebhookDeliveryResult result) => _webhookDeliveries.Add(1,
        new KeyValuePair<string, object?>("provider", provider), new KeyValuePair<string, object?>("result", result.ToString().ToLowerInvariant()));

    public void Poisoned(string kind) => _poisoned.Add(1, new KeyValuePair<string, object?>("kind", kind));
}
