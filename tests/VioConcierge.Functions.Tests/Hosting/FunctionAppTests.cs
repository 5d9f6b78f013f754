using System.Diagnostics;
using System.Text.Json;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Tests.Architecture;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// The published function app is what Azure runs: <c>dotnet publish</c> writes <c>functions.metadata</c> with every
/// function (its trigger, route and methods) and <c>extensions.json</c>; and the development host the tests and the
/// local run use serves and runs exactly the functions that metadata lists, nothing more or less.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FunctionAppTests(ApiFixture api)
{
    [Fact]
    public async Task Publish_ListsEveryFunction_AndTheDevelopmentHostRunsExactlyThose()
    {
        // Arrange
        var output = Path.Combine(Path.GetTempPath(), "vio-publish-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Act
            await PublishAsync(output);
            var published = Published(Path.Combine(output, "functions.metadata"));
            var declared = FunctionCatalog.All.Select(function => new Described(function.Name,
                function.Trigger, function.Route, string.Join(',', function.HttpMethods.Order()))).ToHashSet();
            var served = api.Factory.Functions.Select(function => new Described(function.Name, function.TriggerType, function.Route,
                string.Join(',', function.Methods.Order()))).ToHashSet();

            // Assert
            Assert.Empty(declared.Except(published));
            Assert.Empty(published.Except(declared));
            Assert.Empty(served.Except(published));
            Assert.Empty(published.Except(served));
            using var extensions = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(output, "extensions.json")));
            Assert.Equal(JsonValueKind.Array, extensions.RootElement.GetProperty("extensions").ValueKind);
            Assert.True(File.Exists(Path.Combine(output, "host.json")));
            Assert.False(File.Exists(Path.Combine(output, "local.settings.json")), "local settings are never published");
        }
        finally
        {
            if (Directory.Exists(output))
            {
                Directory.Delete(output, recursive: true);
            }
        }
    }

    private static HashSet<Described> Published(string metadataPath)
    {
        using var metadata = JsonDocument.Parse(File.ReadAllText(metadataPath));
        return metadata.RootElement.EnumerateArray().Select(function =>
        {
            var trigger = function.GetProperty("bindings").EnumerateArray()
                .First(binding => binding.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));
            var methods = trigger.TryGetProperty("methods", out var list)
                ? string.Join(',', list.EnumerateArray().Select(method => method.GetString()!.ToUpperInvariant()).Order())
                : "";
            return new Described(function.GetProperty("name").GetString()!, trigger.GetProperty("type").GetString()!,
                trigger.TryGetProperty("route", out var route) ? route.GetString() : null, methods);
        }).ToHashSet();
    }

    /// <summary>The configuration <c>dotnet test</c> built the app in (the test assembly's own).</summary>
    private static string BuildConfiguration =>
        typeof(FunctionAppTests).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
            .OfType<System.Reflection.AssemblyConfigurationAttribute>().Single().Configuration;

    /// <summary>Publishes the build the tests run, as a deployment would publish it.</summary>
    private static async Task PublishAsync(string output)
    {
        var project = Path.Combine(SourceTree.Root, "functions", "VioConcierge.Functions", "VioConcierge.Functions.csproj");
        var start = new ProcessStartInfo("dotnet", ["publish", project, "--no-build", "-c", BuildConfiguration, "-o", output, "--nologo", "-v", "quiet"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"dotnet publish failed:\n{await log}\n{await errors}");
    }

    private sealed record Described(string Name, string Trigger, string? Route, string Methods);
}
