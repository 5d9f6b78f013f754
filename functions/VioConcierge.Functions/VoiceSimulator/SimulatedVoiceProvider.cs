using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>
/// The voice port for local runs: "places" a call by remembering it and handing its webhooks to
/// <see cref="VoiceSimulatorSender"/> (which posts them, signed, to this host's Retell webhook). Stop and lookup work
/// on the simulator's memory. Every tenant counts as configured.
/// </summary>
public sealed class SimulatedVoiceProvider(IOptions<VoiceSimulatorOptions> options, TimeProvider time) : IVoiceProvider
{
    private readonly ConcurrentDictionary<string, SimulatedCall> _calls = new(StringComparer.Ordinal);
    private readonly Channel<SimulatedEvent> _events = Channel.CreateUnbounded<SimulatedEvent>();

    /// <summary>The events due to be sent, in the order they were scheduled (read by the sender).</summary>
    public ChannelReader<SimulatedEvent> Events => _events.Reader;

    public Task<bool> IsConfiguredAsync(Guid tenantId, CancellationToken cancellationToken) => Task.FromResult(true);

    public Task<PlaceCallResult> PlaceCallAsync(CallRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var call = new SimulatedCall($"sim_{Guid.NewGuid():N}", RetellMetadata.For(request), request.ToNumber, SimulatedScript.For(request.ToNumber), now);
        _calls[call.CallId] = call;
        var answered = now + options.Value.Delay;
        var ended = call.Script.Connected ? answered + options.Value.CallDuration : answered;
        if (call.Script.Connected)
        {
            _events.Writer.TryWrite(new SimulatedEvent(call, RetellWebhook.CallStarted, answered));
        }
        _events.Writer.TryWrite(new SimulatedEvent(call, RetellWebhook.CallEnded, ended));
        _events.Writer.TryWrite(new SimulatedEvent(call, RetellWebhook.CallAnalyzed, ended));
        return Task.FromResult(PlaceCallResult.Ok(call.CallId));
    }

    public Task StopCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken)
    {
        if (Find(tenantId, providerCallId) is { } call)
        {
            call.Stop();
        }
        return Task.CompletedTask;
    }

    public Task<CallLookup?> LookupCallAsync(Guid tenantId, string providerCallId, CancellationToken cancellationToken)
    {
        if (Find(tenantId, providerCallId) is not { } call)
        {
            return Task.FromResult<CallLookup?>(null);
        }
        var script = call.Script;
        return Task.FromResult<CallLookup?>(call.Ended
            ? CallLookup.EndedFor(script.DisconnectionReason, new RetellAnalysis(script.InVoicemail, script.AppointmentOutcome), call.StartedAt)
            : CallLookup.Ongoing);
    }

    /// <summary>A call of the tenant's (another tenant's call ids are unknown to it, as with a per-tenant API key).</summary>
    private SimulatedCall? Find(Guid tenantId, string providerCallId) =>
        _calls.TryGetValue(providerCallId, out var call) && call.Metadata[RetellMetadata.TenantId] == tenantId.ToString() ? call : null;
}
