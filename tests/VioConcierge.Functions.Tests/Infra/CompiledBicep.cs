using System.Diagnostics;
using System.Text.Json.Nodes;
using VioConcierge.Functions.Tests.Architecture;

namespace VioConcierge.Functions.Tests.Infra;

/// <summary>
/// The ARM template infra/main.bicep compiles to, as Azure receives it (<c>scripts/bicep.sh json</c>, which restores
/// the Bicep CLI when missing), and what it deploys: resources by type, the function app's settings.
/// </summary>
public static class CompiledBicep
{
    private static readonly Lazy<JsonNode> Compiled = new(Compile);

    /// <summary>Every resource of <paramref name="type"/>, in any module.</summary>
    public static IReadOnlyList<JsonObject> Resources(string type) => Descendants(Compiled.Value)
        .Where(node => (string?)node["type"] == type && node["properties"] is JsonObject).ToList();

    /// <summary>The function app (the one <c>Microsoft.Web/sites</c>).</summary>
    public static JsonObject FunctionApp => Assert.Single(Resources("Microsoft.Web/sites"));

    /// <summary>The function app's settings as the app reads them (<c>__</c> is <c>:</c>), with their values as written.</summary>
    public static IReadOnlyDictionary<string, string> AppSettings => FunctionApp["properties"]!["siteConfig"]!["appSettings"]!.AsArray()
        .ToDictionary(setting => ((string)setting!["name"]!).Replace("__", ":", StringComparison.Ordinal),
            setting => (string)setting!["value"]!, StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<JsonObject> Descendants(JsonNode? node) => node switch
    {
        JsonObject obj => obj.Select(pair => pair.Value).SelectMany(Descendants).Prepend(obj),
        JsonArray array => array.SelectMany(Descendants),
        _ => [],
    };

    private static JsonNode Compile()
    {
        var start = new ProcessStartInfo("bash", ["scripts/bicep.sh", "json"])
        {
            WorkingDirectory = SourceTree.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var bicep = Process.Start(start)!;
        var output = bicep.StandardOutput.ReadToEndAsync();
        var errors = bicep.StandardError.ReadToEndAsync();
        if (!bicep.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            bicep.Kill(entireProcessTree: true);
            throw new TimeoutException("scripts/bicep.sh json did not finish in 5 minutes.");
        }
        return bicep.ExitCode == 0
            ? JsonNode.Parse(output.Result)!
            : throw new InvalidOperationException($"scripts/bicep.sh json failed ({bicep.ExitCode}): {errors.Result}");
    }
}
