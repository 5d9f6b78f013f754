using System.Text.Json;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Reads an Azure Functions style <c>local.settings.json</c> (<c>{"IsEncrypted": false, "Values": {...},
/// "ConnectionStrings": {...}}</c>) when present; <c>__</c> in a key means <c>:</c>. Environment variables still win.
/// </summary>
public static class LocalSettingsConfiguration
{
    public const string FileName = "local.settings.json";

    public static IConfigurationBuilder AddLocalSettings(this IConfigurationBuilder builder, string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            return builder;
        }
        using var document = JsonDocument.Parse(File.ReadAllText(path), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip });
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        if (document.RootElement.TryGetProperty("Values", out var settings))
        {
            foreach (var setting in settings.EnumerateObject())
            {
                values[setting.Name.Replace("__", ":", StringComparison.Ordinal)] = ValueOf(setting.Value);
            }
        }
        if (document.RootElement.TryGetProperty("ConnectionStrings", out var connectionStrings))
        {
            foreach (var connection in connectionStrings.EnumerateObject())
            {
                values[$"ConnectionStrings:{connection.Name}"] = ValueOf(connection.Value);
            }
        }
        builder.AddInMemoryCollection(values);
        return builder.AddEnvironmentVariables();
    }

    private static string? ValueOf(JsonElement element) =>
        element.ValueKind == JsonValueKind.String ? element.GetString() : element.GetRawText();
}
