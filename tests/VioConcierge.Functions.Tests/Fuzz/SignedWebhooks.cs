using System.Text.Json.Nodes;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// Webhook bodies of the documented shapes (providers.md) with hostile values, correctly signed, so the fuzz reaches
/// what runs after the signature check: parsing, receipts and the background handlers.
/// </summary>
public static class SignedWebhooks
{
    public static IEnumerable<FuzzRequest> For(ApiOperation operation, FuzzSeeds seeds, DateTimeOffset now, Random random)
    {
        if (operation.Path == "/api/webhooks/retell")
        {
            foreach (var text in Mutations(random).Select(m => Retell(seeds, m.Field, m.Value).ToJsonString()).Concat(LoneSurrogates(Retell(seeds, "", null))))
            {
                var raw = FuzzRequest.Utf8(text);
                yield return new FuzzRequest(operation, Caller.Anonymous, operation.Path, raw, "application/json",
                    new Dictionary<string, string> { [RetellSignature.HeaderName] = RetellSignature.Sign(raw, FuzzApiFixture.RetellKey, now.ToUnixTimeMilliseconds()) });
            }
        }
        else if (operation.Path == "/api/webhooks/calcom/{integrationId}")
        {
            var url = $"/api/webhooks/calcom/{seeds.CalcomIntegrationId}";
            foreach (var text in Mutations(random).Select(m => Calcom(now, m.Field, m.Value).ToJsonString()).Concat(LoneSurrogates(Calcom(now, "", null))))
            {
                var raw = FuzzRequest.Utf8(text);
                yield return new FuzzRequest(operation, Caller.Anonymous, url, raw, "application/json",
                    new Dictionary<string, string> { [CalcomSignature.HeaderName] = CalcomSignature.Sign(raw, seeds.CalcomSecret) });
            }
        }
    }

    /// <summary>The body with a lone surrogate escape (<c>\ud800</c>) opening each string value in turn (JsonNode cannot hold one).</summary>
    private static IEnumerable<string> LoneSurrogates(JsonObject body)
    {
        var text = body.ToJsonString();
        for (var at = text.IndexOf(":\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf(":\"", at + 2, StringComparison.Ordinal))
        {
            yield return text[..(at + 2)] + "\\ud800" + text[(at + 2)..];
        }
    }

    private static IEnumerable<(string Field, JsonNode? Value)> Mutations(Random random)
    {
        string[] fields = ["event", "call_id", "tenant_id", "call_session_id", "disconnection_reason", "appointment_outcome", "start_timestamp",
            "triggerEvent", "uid", "startTime", "name", "email", "phone", "notes", "timeZone", "eventTypeId", "rescheduleUid"];
        foreach (var field in fields)
        {
            foreach (var value in FuzzValues.Hostile.OrderBy(_ => random.Next()).Take(6))
            {
                yield return (field, value());
            }
        }
    }

    private static JsonObject Retell(FuzzSeeds seeds, string field, JsonNode? value)
    {
        var metadata = new JsonObject { ["tenant_id"] = seeds.TenantId.ToString(), ["call_session_id"] = Guid.NewGuid().ToString() };
        var call = new JsonObject
        {
            ["call_id"] = $"call_{Guid.NewGuid():N}", ["call_type"] = "phone_call", ["call_status"] = "ended", ["metadata"] = metadata,
            ["start_timestamp"] = 1767258000000, ["disconnection_reason"] = "user_hangup",
            ["call_analysis"] = new JsonObject { ["custom_analysis_data"] = new JsonObject { ["appointment_outcome"] = "confirmed" } },
        };
        var body = new JsonObject { ["event"] = "call_analyzed", ["call"] = call };
        Set(field, value, body, call, metadata, (JsonObject)call["call_analysis"]!["custom_analysis_data"]!);
        return body;
    }

    private static JsonObject Calcom(DateTimeOffset now, string field, JsonNode? value)
    {
        var attendee = new JsonObject { ["name"] = "Sam Patel", ["email"] = "sam@example.net", ["timeZone"] = "Europe/London" };
        var payload = new JsonObject
        {
            ["uid"] = $"bkg_{Guid.NewGuid():N}", ["eventTypeId"] = 42, ["title"] = "Check-up", ["length"] = 30, ["status"] = "ACCEPTED",
            ["startTime"] = FuzzValues.Iso(now.AddDays(3)), ["endTime"] = FuzzValues.Iso(now.AddDays(3).AddMinutes(30)),
            ["attendees"] = new JsonArray(attendee), ["additionalNotes"] = "Ring twice",
            ["responses"] = new JsonObject { ["attendeePhoneNumber"] = new JsonObject { ["label"] = "Phone", ["value"] = "+44 7700 900456" } },
        };
        var body = new JsonObject { ["triggerEvent"] = "BOOKING_CREATED", ["createdAt"] = FuzzValues.Iso(now), ["payload"] = payload };
        Set(field, value, body, payload, attendee, (JsonObject)payload["responses"]!["attendeePhoneNumber"]!);
        return body;
    }

    /// <summary>Sets <paramref name="field"/> wherever one of the objects has it (phone and notes by their Cal.com names).</summary>
    private static void Set(string field, JsonNode? value, params JsonObject[] objects)
    {
        var name = field switch { "phone" => "value", "notes" => "additionalNotes", _ => field };
        foreach (var target in objects.Where(o => o.ContainsKey(name)))
        {
            target[name] = value?.DeepClone();
        }
    }
}
