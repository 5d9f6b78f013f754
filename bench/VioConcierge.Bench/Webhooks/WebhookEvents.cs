using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Functions.VoiceSimulator;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// The bodies sent for each seeded call, built as the voice simulator builds them (Retell's shape, providers.md):
/// call_started, call_ended and call_analyzed of a connected call whose analysis says "confirmed", the metadata
/// naming tenant, contact and session.
/// </summary>
public static class WebhookEvents
{
    public static readonly string[] Events = ["call_started", "call_ended", "call_analyzed"];

    public static byte[][] Bodies(SeededCall seeded, DateTimeOffset startedAt)
    {
        var context = new CallContext("Bench Caller", "Bench Clinic", startedAt.AddDays(1), "Europe/London", null, null, null, null, null);
        var request = new CallRequest(seeded.TenantId, seeded.ContactId, seeded.SessionId, null, null, "+447700900101", $"bench:{seeded.SessionId}", context);
        var call = new SimulatedCall(seeded.CallId, RetellMetadata.For(request), request.ToNumber, SimulatedScript.For(request.ToNumber), startedAt)
        {
            StartedAt = startedAt,
            EndedAt = startedAt.AddSeconds(42),
        };
        return Events.Select(@event => RetellEventBody.Build(call, @event, startedAt)).ToArray();
    }
}
