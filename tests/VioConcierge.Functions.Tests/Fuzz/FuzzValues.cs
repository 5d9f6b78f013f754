using System.Globalization;
using System.Text.Json.Nodes;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// Values for generated requests: a plausible value per field name (so that valid requests get past validation and
/// reach the database) and hostile values of every kind (control characters, overflows, wrong types, injections).
/// </summary>
public sealed class FuzzValues(FuzzSeeds seeds, DateTimeOffset now)
{
    public static readonly IReadOnlyList<Func<JsonNode?>> Hostile =
    [
        () => null,
        () => "",
        () => "   ",
        () => "a\u0000b",
        () => "\u001b[31m\u0007",
        () => "line\nbreak",
        () => new string('x', 5000),
        () => "' OR 1=1; DROP TABLE contacts; --",
        () => "../../etc/passwd",
        () => "%00%ff%",
        () => "😀👍🏽",
        () => "\ud800",
        () => 0,
        () => -1,
        () => int.MaxValue,
        () => int.MinValue,
        () => 99999999,
        () => JsonNode.Parse("9223372036854775808"),
        () => 1e308,
        () => 1.5,
        () => true,
        () => new JsonArray(),
        () => new JsonArray("x", 1, null),
        () => new JsonObject(),
        () => new JsonObject { ["nested"] = new JsonObject { ["deep"] = "value" } },
        () => Guid.NewGuid().ToString(),
        () => "not-a-guid",
        () => "0001-01-01T00:00:00Z",
        () => "9999-12-31T23:59:59Z",
        () => "2026-02-30T25:61:00",
        () => "99999:00:00",
        () => "-00:01:00",
    ];

    /// <summary>Query-string texts of every kind (the client encodes them).</summary>
    public static readonly IReadOnlyList<string> HostileQuery =
    [
        "", "a\u0000b", "\u0001", "x\ny", new string('q', 3000), "' OR 1=1--", "%", "-1", "0", "99999999", "2147483648",
        "-2147483649", "1e308", "abc", "true", Guid.NewGuid().ToString(), "not-a-guid", "0001-01-01", "9999-12-31T23:59:59Z", "😀",
    ];

    /// <summary>A plausible value for a field called <paramref name="name"/> described by <paramref name="schema"/>.</summary>
    public JsonNode? Example(string name, JsonObject schema) => name.ToLowerInvariant() switch
    {
        "name" => "Sam Patel",
        "fullname" => "Jane Doe",
        "phone" => "07700 900123",
        "email" or "organizeremail" => $"fuzz{Random.Shared.Next(100000)}@example.net",
        "appointmenttime" => Iso(now.AddDays(3)),
        "from" => Iso(now.AddDays(-1)),
        "to" => Iso(now.AddDays(30)),
        "timezone" => "Europe/London",
        "callbeforehours" or "defaultcalltiminghours" => 24,
        "durationminutes" => 30,
        "intervalminutes" => 5,
        "notes" or "specialinstructions" or "description" => "Gate code 1234\nRing twice.",
        "groups" or "groupids" => new JsonArray(seeds.GroupId.ToString()),
        "ids" or "contactids" => new JsonArray(seeds.ContactId.ToString()),
        "group" => seeds.GroupId.ToString(),
        "action" => "status",
        "status" => "confirmed",
        "newstatus" => "paused",
        "reason" or "justification" => "The customer rang the practice to confirm the appointment.",
        "businesstype" => "medical",
        "admin" => new JsonObject { ["fullName"] = "Jane Doe", ["email"] = $"admin{Random.Shared.Next(100000)}@example.net" },
        "jobtitle" => "Practice manager",
        "optedout" or "hipaamode" or "phidetection" or "enabled" or "weekendcalling" => true,
        "compliancelevel" => "standard",
        "phiaction" => "warn",
        "windowstart" => "08:00:00",
        "windowend" => "20:00:00",
        "retrycutoff" => "02:00:00",
        "limit" => 10,
        "q" => "sam",
        "sort" => "name",
        "order" => "asc",
        "format" => "csv",
        "scope" => "all",
        "agentid" => "agent_fuzz",
        "callerid" => "+441632960000",
        "version" => null,
        _ => ByType(schema),
    };

    public JsonNode? ByType(JsonObject schema)
    {
        var type = schema["type"]?.ToJsonString() ?? "";
        var format = schema["format"]?.GetValue<string>();
        return format switch
        {
            "uuid" => seeds.ContactId.ToString(),
            "date-time" => Iso(now.AddDays(3)),
            _ when type.Contains("integer", StringComparison.Ordinal) => 1,
            _ when type.Contains("boolean", StringComparison.Ordinal) => true,
            _ when type.Contains("array", StringComparison.Ordinal) => new JsonArray(),
            _ when type.Contains("object", StringComparison.Ordinal) => new JsonObject(),
            _ => "text",
        };
    }

    public static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);
}
