using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Retell webhook bodies in the documented shape (providers.md) and signed deliveries to the app's endpoint.</summary>
public static class RetellEvents
{
    public const string Url = "/api/webhooks/retell";
    public static readonly DateTimeOffset CallStart = new(2030, 1, 1, 9, 0, 0, TimeSpan.Zero);

    /// <summary>A body for <paramref name="event"/>; <paramref name="reason"/> only on call_ended / call_analyzed.</summary>
    public static string Body(string @event, string callId, Guid? tenantId, Guid? sessionId, string reason = "user_hangup",
        string? appointmentOutcome = "confirmed", bool inVoicemail = false)
    {
        var connected = reason is "user_hangup" or "agent_hangup";
        var call = new JsonObject
        {
            ["call_id"] = callId,
            ["call_type"] = "phone_call",
            ["agent_id"] = "agent_test",
            ["call_status"] = @event == "call_started" ? "ongoing" : connected ? "ended" : "not_connected",
            ["direction"] = "outbound",
            ["from_number"] = "+441632960000",
            ["to_number"] = "+447700900123",
        };
        if (tenantId is not null || sessionId is not null)
        {
            call["metadata"] = new JsonObject { ["tenant_id"] = tenantId?.ToString(), ["call_session_id"] = sessionId?.ToString(), ["attempt"] = "1" };
        }
        if (connected || @event == "call_started")
        {
            call["start_timestamp"] = CallStart.ToUnixTimeMilliseconds();
        }
        if (@event != "call_started")
        {
            (call["end_timestamp"], call["disconnection_reason"], call["transcript"]) = (CallStart.AddMinutes(1).ToUnixTimeMilliseconds(), reason, "Agent: Hello.");
        }
        if (@event == "call_analyzed")
        {
            call["call_analysis"] = new JsonObject
            {
                ["call_summary"] = "A reminder call.",
                ["in_voicemail"] = inVoicemail,
                ["user_sentiment"] = "Neutral",
                ["call_successful"] = connected,
                ["custom_analysis_data"] = appointmentOutcome is null ? new JsonObject() : new JsonObject { ["appointment_outcome"] = appointmentOutcome },
            };
        }
        return new JsonObject { ["event"] = @event, ["call"] = call }.ToJsonString();
    }

    public static string Sign(string body, DateTimeOffset at, string key = VoiceApiFixture.RetellKey) =>
        RetellSignature.Sign(Encoding.UTF8.GetBytes(body), key, at.ToUnixTimeMilliseconds());

    /// <summary>Posts <paramref name="body"/> with <paramref name="signature"/> (none when null) exactly as given.</summary>
    public static Task<HttpResponseMessage> PostAsync(HttpClient client, string body, string? signature)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, Url) { Content = content };
        if (signature is not null)
        {
            request.Headers.TryAddWithoutValidation(RetellSignature.HeaderName, signature);
        }
        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostSignedAsync(ApiFixture api, string body) =>
        PostAsync(api.Anonymous(), body, Sign(body, api.Clock.GetUtcNow()));
}
