using System.Text.Json.Nodes;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>A webhook body in Retell's shape (providers.md): <c>{"event": ..., "call": {...}}</c>, metadata echoed.</summary>
public static class RetellEventBody
{
    public const string SimulatorNumber = "+441632960000";

    public static byte[] Build(SimulatedCall call, string @event, DateTimeOffset now)
    {
        var script = call.Script;
        var connected = call.StartedAt is not null;
        var ended = @event != RetellWebhook.CallStarted;
        var body = new JsonObject
        {
            ["call_id"] = call.CallId,
            ["call_type"] = "phone_call",
            ["agent_id"] = "agent_simulator",
            ["call_status"] = !ended ? "ongoing" : connected ? "ended" : "not_connected",
            ["direction"] = "outbound",
            ["from_number"] = SimulatorNumber,
            ["to_number"] = call.ToNumber,
            ["metadata"] = new JsonObject(call.Metadata.Select(pair => KeyValuePair.Create(pair.Key, (JsonNode?)pair.Value))),
        };
        if (call.StartedAt is { } started)
        {
            body["start_timestamp"] = started.ToUnixTimeMilliseconds();
        }
        if (ended)
        {
            var end = call.EndedAt ?? now;
            body["end_timestamp"] = end.ToUnixTimeMilliseconds();
            body["duration_ms"] = call.StartedAt is { } start ? (long)(end - start).TotalMilliseconds : 0;
            body["disconnection_reason"] = script.DisconnectionReason;
            body["transcript"] = connected ? "Agent: Hello, this is a reminder about your appointment.\nUser: Thank you." : "";
        }
        if (@event == RetellWebhook.CallAnalyzed)
        {
            var custom = new JsonObject();
            if (script.AppointmentOutcome is { } outcome)
            {
                custom["appointment_outcome"] = outcome;
            }
            body["call_analysis"] = new JsonObject
            {
                ["call_summary"] = "A simulated reminder call.",
                ["in_voicemail"] = script.InVoicemail,
                ["user_sentiment"] = connected ? "Positive" : "Unknown",
                ["call_successful"] = script.Connected,
                ["custom_analysis_data"] = custom,
            };
        }
        return System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["event"] = @event, ["call"] = body }.ToJsonString());
    }
}
