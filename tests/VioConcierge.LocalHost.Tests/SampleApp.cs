namespace VioConcierge.LocalHost.Tests;

/// <summary>The sample function app's build output (built before the tests by the project reference), and a host running it.</summary>
public static class SampleApp
{
    public const string Storage = "UseDevelopmentStorage=true";

    /// <summary>A development host running the sample app as its worker process, on Azurite, once the worker has loaded its functions.</summary>
    public static async Task<DevelopmentHost> StartAsync(Dictionary<string, string>? settings = null)
    {
        var appSettings = new Dictionary<string, string>(settings ?? []) { ["AzureWebJobsStorage"] = Storage };
        var host = await DevelopmentHost.StartAsync(new DevelopmentHostOptions
        {
            AppDirectory = Directory,
            AppAssembly = Assembly,
            Port = 0,
            AppSettings = appSettings,
        }, logging: _ => { });
        try
        {
            await host.WaitForWorkerAsync();
            return host;
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    public const string Assembly = "VioConcierge.LocalHost.SampleApp.dll";

    public static string Directory { get; } = Find();

    private static string Find()
    {
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        // tests/VioConcierge.LocalHost.Tests/bin/{Configuration}/{framework}/ -> tests/VioConcierge.LocalHost.SampleApp/bin/{Configuration}/{framework}/
        var framework = testOutput.Name;
        var configuration = testOutput.Parent!.Name;
        var tests = testOutput.Parent!.Parent!.Parent!.Parent!.FullName;
        var directory = Path.Combine(tests, "VioConcierge.LocalHost.SampleApp", "bin", configuration, framework);
        return File.Exists(Path.Combine(directory, Assembly))
            ? directory
            : throw new InvalidOperationException($"The sample app is not built at {directory}.");
    }
}
