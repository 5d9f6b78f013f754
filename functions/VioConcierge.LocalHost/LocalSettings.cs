using System.Text.Json;

namespace VioConcierge.LocalHost;

/// <summary>
/// <c>local.settings.json</c> as Azure Functions Core Tools reads it: its <c>Values</c> (and <c>ConnectionStrings</c>
/// as <c>ConnectionStrings__{name}</c>) become the worker's environment, where variables already set win.
/// </summary>
public static class LocalSettings
{
    public const string FileName = "local.settings.json";

    public static Dictionary<string, string> Read(string path)
    {
        var values = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (!File.Exists(path))
        {
            return values;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        if (document.RootElement.TryGetProperty("Values", out var settings))
        {
            foreach (var setting in settings.EnumerateObject())
            {
                values[setting.Name] = Text(setting.Value);
            }
        }
        if (document.RootElement.TryGetProperty("ConnectionStrings", out var connections))
        {
            foreach (var connection in connections.EnumerateObject())
            {
                values[$"ConnectionStrings__{connection.Name}"] = Text(connection.Value);
            }
        }
        return values;
    }

    private static string Text(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();
}
