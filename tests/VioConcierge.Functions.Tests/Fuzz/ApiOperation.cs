using System.Text.Json.Nodes;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>One operation of the OpenAPI document: where it is, what it takes, and the statuses it says it answers.</summary>
public sealed record ApiOperation(
    string Method, string Path, IReadOnlyList<ApiParameter> Parameters, JsonObject? Body, string? BodyType, IReadOnlySet<string> Statuses)
{
    public string Key => $"{Method} {Path}";

    public IEnumerable<ApiParameter> In(string location) => Parameters.Where(p => p.In == location);

    /// <summary>Every operation of <paramref name="document"/>, with schema references resolved.</summary>
    public static IReadOnlyList<ApiOperation> All(JsonNode document)
    {
        var operations = new List<ApiOperation>();
        foreach (var (path, item) in document["paths"]!.AsObject())
        {
            foreach (var (method, node) in item!.AsObject())
            {
                if (node is not JsonObject operation || method is "parameters")
                {
                    continue;
                }
                var parameters = (operation["parameters"] as JsonArray ?? [])
                    .Select(p => new ApiParameter(p!["name"]!.GetValue<string>(), p["in"]!.GetValue<string>(), Resolve(document, p["schema"])))
                    .ToArray();
                var content = operation["requestBody"]?["content"]?.AsObject();
                var (bodyType, body) = content is { Count: > 0 } ? (content.First().Key, Resolve(document, content.First().Value!["schema"])) : (null, null);
                var statuses = operation["responses"]!.AsObject().Select(r => r.Key).ToHashSet();
                operations.Add(new ApiOperation(method.ToUpperInvariant(), path, parameters, body, bodyType, statuses));
            }
        }
        return operations;
    }

    /// <summary>The schema itself for a <c>$ref</c>, the parts merged for an <c>allOf</c>; an empty schema for none.</summary>
    public static JsonObject Resolve(JsonNode document, JsonNode? schema)
    {
        if (schema?["$ref"]?.GetValue<string>() is { } reference)
        {
            return Resolve(document, document["components"]!["schemas"]![reference.Split('/')[^1]]);
        }
        if (schema?["allOf"] is JsonArray parts)
        {
            var merged = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject(), ["required"] = new JsonArray() };
            foreach (var part in parts.Select(p => Resolve(document, p)))
            {
                foreach (var (name, property) in part["properties"]?.AsObject() ?? [])
                {
                    merged["properties"]![name] = property?.DeepClone();
                }
                foreach (var name in part["required"]?.AsArray() ?? [])
                {
                    merged["required"]!.AsArray().Add(name!.GetValue<string>());
                }
            }
            return merged;
        }
        return schema as JsonObject ?? [];
    }
}
