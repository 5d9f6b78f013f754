using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace VioConcierge.FakeKeyVault;

/// <summary>
/// The secrets routes of Key Vault's REST API that <c>SecretClient</c> calls: set (PUT /secrets/{name}), get latest or
/// by version (GET /secrets/{name}[/{version}]), list versions (GET /secrets/{name}/versions), update a version's
/// attributes (PATCH /secrets/{name}/{version}), delete (DELETE /secrets/{name}), get, recover and purge a deleted
/// secret (/deletedsecrets/{name}[/recover]). Names follow Key Vault's rule (<c>^[0-9a-zA-Z-]{1,127}$</c>), values its
/// 25 KiB limit; a disabled version answers 403, as Key Vault's does.
/// </summary>
public sealed partial class FakeVaultRoutes(FakeVaultSecrets secrets, Uri vault)
{
    private const int MaxValueBytes = 25 * 1024;

    public async Task<IResult> ServeAsync(HttpContext context)
    {
        var method = context.Request.Method;
        var path = (context.Request.Path.Value ?? "").Trim('/').Split('/');
        if (path.Length < 2 || !ValidName().IsMatch(path[1]))
        {
            return Error(400, "BadParameter", "The request URI is not valid.");
        }
        var name = path[1];
        return (path[0], path.Length > 2 ? path[2] : null, method) switch
        {
            ("secrets", null, "PUT") => await SetAsync(context, name),
            ("secrets", null, "GET") => Read(name, null),
            ("secrets", null, "DELETE") => secrets.Delete(name) is { } deleted
                ? Results.Json(FakeVaultJson.Deleted(vault, deleted.Latest, deleted.DeletedOn)) : NotFound(name),
            ("secrets", "versions", "GET") => secrets.Versions(name) is { } versions
                ? Results.Json(new { value = versions.Select(v => FakeVaultJson.Bundle(vault, v, withValue: false)), nextLink = (string?)null }) : NotFound(name),
            ("secrets", { } version, "GET") => Read(name, version),
            ("secrets", { } version, "PATCH") => await UpdateAsync(context, name, version),
            ("deletedsecrets", null, "GET") => secrets.Deleted(name) is { } deleted
                ? Results.Json(FakeVaultJson.Deleted(vault, deleted.Latest, deleted.DeletedOn)) : NotFound(name),
            ("deletedsecrets", null, "DELETE") => secrets.Purge(name) ? Results.NoContent() : NotFound(name),
            ("deletedsecrets", "recover", "POST") => secrets.Recover(name) is { } recovered
                ? Results.Json(FakeVaultJson.Bundle(vault, recovered, withValue: false)) : NotFound(name),
            _ => Error(405, "BadParameter", "The method is not allowed on this resource."),
        };
    }

    private IResult Read(string name, string? version) => secrets.Get(name, version) switch
    {
        null => NotFound(name),
        { Enabled: false } => Error(403, "Forbidden", "Operation get is not allowed on a disabled secret.", "SecretDisabled"),
        var found => Results.Json(FakeVaultJson.Bundle(vault, found, withValue: true)),
    };

    private async Task<IResult> SetAsync(HttpContext context, string name)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        if (!root.TryGetProperty("value", out var value) || value.ValueKind != JsonValueKind.String)
        {
            return Error(400, "BadParameter", "Property 'value' is required.");
        }
        var text = value.GetString()!;
        if (System.Text.Encoding.UTF8.GetByteCount(text) > MaxValueBytes)
        {
            return Error(400, "BadParameter", "The secret value is larger than 25 KiB.");
        }
        var set = secrets.Set(name, text, Text(root, "contentType"), Tags(root));
        return set is null
            ? Error(409, "Conflict",
                $"Secret {name} is currently in a deleted but recoverable state, and its name cannot be reused; in this state, the secret can only be recovered or purged.",
                "ObjectIsDeletedButRecoverable")
            : Results.Json(FakeVaultJson.Bundle(vault, set, withValue: true));
    }

    private async Task<IResult> UpdateAsync(HttpContext context, string name, string version)
    {
        using var body = await JsonDocument.ParseAsync(context.Request.Body);
        var root = body.RootElement;
        bool? enabled = root.TryGetProperty("attributes", out var attributes) && attributes.TryGetProperty("enabled", out var flag)
            && flag.ValueKind is JsonValueKind.True or JsonValueKind.False ? flag.GetBoolean() : null;
        var updated = secrets.Update(name, version, enabled, Text(root, "contentType"), Tags(root));
        return updated is null ? NotFound(name) : Results.Json(FakeVaultJson.Bundle(vault, updated, withValue: false));
    }

    private static string? Text(JsonElement root, string property) =>
        root.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static Dictionary<string, string>? Tags(JsonElement root) =>
        root.TryGetProperty("tags", out var tags) && tags.ValueKind == JsonValueKind.Object
            ? tags.EnumerateObject().ToDictionary(tag => tag.Name, tag => tag.Value.GetString() ?? "")
            : null;

    private static IResult NotFound(string name) =>
        Error(404, "SecretNotFound", $"A secret with (name/id) {name} was not found in this key vault.");

    private static IResult Error(int status, string code, string message, string? innerCode = null) =>
        Results.Json(FakeVaultJson.Error(code, message, innerCode), statusCode: status);

    [GeneratedRegex("^[0-9a-zA-Z-]{1,127}$")]
    private static partial Regex ValidName();
}
