using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using VioConcierge.Application.Telemetry;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// Totals of the app's counters (<see cref="AppMetrics"/>) of one host (its meter factory) while this is alive, keyed
/// <c>name{tag=value,...}</c> with tags in name order, e.g. <c>vio.calls.ended{outcome=confirmed}</c>.
/// </summary>
public sealed class CounterReadings : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentDictionary<string, long> _totals = new();

    public CounterReadings(IMeterFactory host)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == AppMetrics.MeterName && ReferenceEquals(instrument.Meter.Scope, host))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) =>
        {
            var key = $"{instrument.Name}{{{string.Join(",", tags.ToArray().OrderBy(tag => tag.Key).Select(tag => $"{tag.Key}={tag.Value}"))}}}";
            _totals.AddOrUpdate(key, value, (_, total) => total + value);
        });
        _listener.Start();
    }

    public long this[string key] => _totals.GetValueOrDefault(key);

    public void Dispose() => _listener.Dispose();
}
