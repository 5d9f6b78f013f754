using System.Text.Json.Nodes;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// Generates the requests for one operation from its description: valid ones (real ids, plausible values) from every
/// kind of caller, then each path value, query value and body field replaced by hostile values, and whole bodies that
/// are empty, of the wrong shape or type, malformed or too large. Seeded, so a failure reproduces.
/// </summary>
public sealed class FuzzRequests(FuzzSeeds seeds, FuzzValues values, Random random)
{
    private const int QueryValuesPerParameter = 20;
    private const int BodyValuesPerField = 24;

    public IEnumerable<FuzzRequest> For(ApiOperation operation)
    {
        var caller = DefaultCaller(operation);
        var query = operation.In("query").ToDictionary(p => p.Name, p => Text(values.Example(p.Name, p.Schema)));
        var body = operation.Body is { } schema ? ExampleBody(schema) : null;

        foreach (var who in Enum.GetValues<Caller>())
        {
            yield return Request(operation, who, Path(operation, OwnIds), query, body);
        }
        foreach (var path in operation.In("path").SelectMany(p => PathVariants(p.Name)).Distinct())
        {
            yield return Request(operation, caller, Path(operation, _ => path), query, body);
        }
        foreach (var parameter in operation.In("query"))
        {
            foreach (var hostile in Pick(FuzzValues.HostileQuery, QueryValuesPerParameter))
            {
                yield return Request(operation, caller, Path(operation, OwnIds), new Dictionary<string, string?>(query) { [parameter.Name] = hostile }, body);
            }
        }
        if (body is not null)
        {
            foreach (var field in operation.Body!["properties"]?.AsObject().Select(p => p.Key) ?? [])
            {
                foreach (var hostile in Pick(FuzzValues.Hostile, BodyValuesPerField))
                {
                    var changed = (JsonObject)body.DeepClone();
                    changed[field] = hostile();
                    yield return Request(operation, caller, Path(operation, OwnIds), query, changed);
                }
            }
        }
        foreach (var (raw, type) in WholeBodies(operation))
        {
            yield return new FuzzRequest(operation, caller, Url(Path(operation, OwnIds), query), raw, type);
        }
    }

    public static Caller DefaultCaller(ApiOperation operation) => operation.Path switch
    {
        var p when p.StartsWith("/api/admin/", StringComparison.Ordinal) => Caller.SuperAdmin,
        var p when p.StartsWith("/api/webhooks/", StringComparison.Ordinal) || p is "/api/auth/login" or "/api/auth/refresh" => Caller.Anonymous,
        _ => Caller.Admin,
    };

    private FuzzRequest Request(ApiOperation operation, Caller caller, string path, IReadOnlyDictionary<string, string?> query, JsonObject? body) =>
        new(operation, caller, Url(path, query), body is null ? null : FuzzRequest.Utf8(body.ToJsonString()), body is null ? null : operation.BodyType);

    private JsonObject ExampleBody(JsonObject schema)
    {
        var body = new JsonObject();
        foreach (var (name, property) in schema["properties"]?.AsObject() ?? [])
        {
            body[name] = values.Example(name, property as JsonObject ?? []);
        }
        return body;
    }

    private IEnumerable<(byte[]? Body, string? Type)> WholeBodies(ApiOperation operation)
    {
        if (operation.Method is "GET")
        {
            yield break;
        }
        yield return (null, null);
        yield return (FuzzRequest.Utf8("{}"), "application/json");
        yield return (FuzzRequest.Utf8("[]"), "application/json");
        yield return (FuzzRequest.Utf8("null"), "application/json");
        yield return (FuzzRequest.Utf8("42"), "application/json");
        yield return (FuzzRequest.Utf8("{\"unknownField\":1}"), "application/json");
        yield return (FuzzRequest.Utf8("{\"name\":"), "application/json");
        yield return (FuzzRequest.Utf8("{\"name\":\"a\\u0000b\"}"), "application/json");
        yield return (FuzzRequest.Utf8("{\"name\":\"a\\ud800b\"}"), "application/json");
        yield return (FuzzRequest.Utf8("name=Sam"), "text/plain");
        yield return (FuzzRequest.Utf8("--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\nbroken"), "multipart/form-data; boundary=x");
        yield return ([0xff, 0xfe, 0x00, 0x41], "application/json");
        yield return (new byte[(1024 * 1024) + 10], "application/json");
    }

    private IEnumerable<string> PathVariants(string name) =>
    [
        OtherIds(name), Guid.NewGuid().ToString(), "not-a-guid", "%01", new string('9', 300), "calendly", "zoom",
    ];

    private string OwnIds(string name) => name switch
    {
        "tenantId" => seeds.TenantId.ToString(),
        "integrationId" => seeds.CalcomIntegrationId.ToString(),
        "provider" => "calcom",
        "phone" => "07700900999",
        "jobId" => Guid.NewGuid().ToString(),
        _ => seeds.ContactId.ToString(),
    };

    private string OtherIds(string name) => name switch
    {
        "tenantId" => seeds.OtherTenantId.ToString(),
        "provider" => "calendly",
        "phone" => "+447700900999",
        _ => seeds.OtherContactId.ToString(),
    };

    private static string Path(ApiOperation operation, Func<string, string> value)
    {
        var path = operation.Path;
        foreach (var parameter in operation.In("path"))
        {
            path = path.Replace("{" + parameter.Name + "}", Uri.EscapeDataString(value(parameter.Name)), StringComparison.Ordinal);
        }
        return path.Replace("%2501", "%01", StringComparison.Ordinal);
    }

    private static string Url(string path, IReadOnlyDictionary<string, string?> query)
    {
        var pairs = query.Where(pair => pair.Value is not null).Select(pair => $"{pair.Key}={Uri.EscapeDataString(pair.Value!)}").ToArray();
        return pairs.Length == 0 ? path : $"{path}?{string.Join('&', pairs)}";
    }

    private static string? Text(JsonNode? value) => value switch
    {
        null => null,
        JsonValue scalar => scalar.ToString(),
        _ => null,
    };

    private IEnumerable<T> Pick<T>(IReadOnlyList<T> all, int count) => all.OrderBy(_ => random.Next()).Take(count);
}
