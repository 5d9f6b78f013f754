using System.Text.Json;

namespace VioConcierge.LocalHost;

/// <summary>
/// The app's settings as the Functions host sees them: an app setting is an environment variable or a
/// <c>local.settings.json</c> value (<c>Section:Key</c> is also found as <c>Section__Key</c>), and a <c>host.json</c>
/// value can be overridden by the app setting <c>AzureFunctionsJobHost__path__to__value</c>.
/// </summary>
public sealed class HostSettings(DevelopmentHostOptions options)
{
    private readonly Lazy<JsonElement?> _hostJson = new(() => ReadHostJson(options.AppDirectory));

    /// <summary>The app setting <paramref name="name"/>, or null.</summary>
    public string? App(string name)
    {
        foreach (var candidate in new[] { name, name.Replace(":", "__", StringComparison.Ordinal) })
        {
            if (Environment.GetEnvironmentVariable(candidate) is { } set)
            {
                return set;
            }
            if (options.AppSettings.TryGetValue(candidate, out var value))
            {
                return value;
            }
        }
        return null;
    }

    /// <summary><c>host.json</c>'s value at <paramref name="path"/> (e.g. <c>extensions</c>, <c>queues</c>, <c>maxDequeueCount</c>), as text.</summary>
    public string? HostJson(params string[] path)
    {
        if (App("AzureFunctionsJobHost__" + string.Join("__", path)) is { } overridden)
        {
            return overridden;
        }
        if (_hostJson.Value is not { } node)
        {
            return null;
        }
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }
        return node.ValueKind == JsonValueKind.String ? node.GetString() : node.GetRawText();
    }

    /// <summary><c>%name%</c> in a binding property is the app setting of that name.</summary>
    public string Resolve(string value) => value.Length > 2 && value[0] == '%' && value[^1] == '%'
        ? App(value[1..^1]) ?? throw new InvalidOperationException($"The app setting {value[1..^1]} is not set.")
        : value;

    private static JsonElement? ReadHostJson(string appDirectory)
    {
        var path = Path.Combine(appDirectory, "host.json");
        if (!File.Exists(path))
        {
            return null;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        return document.RootElement.Clone();
    }
}
