using System.Collections.Concurrent;
using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using OpenTelemetry;
using OpenTelemetry.Trace;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A <see cref="VoiceApiFixture"/> whose tracer provider also hands every finished span to <see cref="Spans"/>. Span
/// listeners are process-wide, so spans of other hosts running at the same time land there too: tests pick theirs by
/// tag or assert over all of them.
/// </summary>
public sealed class TelemetryApiFixture : VoiceApiFixture
{
    public ConcurrentQueue<Activity> Spans { get; } = new();

    protected override void ConfigureServices(IServiceCollection services)
    {
        base.ConfigureServices(services);
        services.ConfigureOpenTelemetryTracerProvider(tracing => tracing.AddProcessor(new Collector(Spans)));
    }

    private sealed class Collector(ConcurrentQueue<Activity> spans) : BaseProcessor<Activity>
    {
        public override void OnEnd(Activity data) => spans.Enqueue(data);
    }
}

[CollectionDefinition(Name)]
public sealed class TelemetryCollection : ICollectionFixture<TelemetryApiFixture>
{
    public const string Name = "telemetry";
}
