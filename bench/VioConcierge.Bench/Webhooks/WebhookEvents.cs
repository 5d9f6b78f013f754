using System.Text.Json.Nodes;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// The bodies sent for each seeded call, in Retell's shape (providers.md): call_started, call_ended and
/// call_analyzed of a connected call whose analysis says "confirmed", the metadata naming tenant and session.
/// </summary>
public static class WebhookEvents
{
    public static readonly string[] Events = ["call_started", "call_ended", "call_analyzed"];

    public static byte[] Body(SeededCall call, string @event, long startMs)
    {
        var body = new JsonObject
        {
            ["call_id"] = call.CallId,
            ["call_type"] = "phone_call",
            ["agent_id"] = "agent_bench",
            ["call_status"] = @event == "call_started" ? "ongoing" : "ended",
            ["direction"] = "outbound",
            ["from_number"] = "+441632960000",
            ["to_number"] = "+447700900123",
            ["metadata"] = new JsonObject
            {
                [RetellMetadata.TenantId] = call.TenantId.ToString(),
                [RetellMetadata.ContactId] = call.ContactId.ToString(),
                [RetellMetadata.CallSessionId] = call.SessionId.ToString(),
            },
            ["start_timestamp"] = startMs,
        };
        if (@event != "call_started")
        {
            body["end_timestamp"] = startMs + 42_000;
            body["duration_ms"] = 42_000;
            body["disconnection_reason"] = "user_hangup";
            body["transcript"] = "Agent: Hello, this is a reminder about your appointment tomorrow at ten.\nUser: Yes, I'll be there, thank you.";
        }
        if (@event == "call_analyzed")
        {
            body["call_analysis"] = new JsonObject
            {
                ["call_summary"] = "The customer confirmed the appointment.",
                ["in_voicemail"] = false,
                ["user_sentiment"] = "Positive",
                ["call_successful"] = true,
                ["custom_analysis_data"] = new JsonObject { ["appointment_outcome"] = "confirmed" },
            };
        }
        return System.Text.Encoding.UTF8.GetBytes(new JsonObject { ["event"] = @event, ["call"] = body }.ToJsonString());
    }
}
