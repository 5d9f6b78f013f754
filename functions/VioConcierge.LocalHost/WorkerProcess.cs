using System.Diagnostics;

namespace VioConcierge.LocalHost;

/// <summary>
/// Starts the function app's own executable as the Functions host starts a .NET isolated worker: <c>dotnet
/// {app}.dll</c> in the app directory, told where the host listens and who it is through <c>Functions__Worker__*</c>,
/// with the app settings in its environment (variables already set in this process win, as with Core Tools).
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process) => _process = process;

    public Task Exited => _process.WaitForExitAsync();

    public static WorkerProcess Start(DevelopmentHostOptions options, Uri hostEndpoint, string workerId, Uri baseAddress)
    {
        var assembly = options.AppAssembly ?? throw new InvalidOperationException("AppAssembly names the app's main assembly when the host starts the worker.");
        var start = new ProcessStartInfo("dotnet", Path.Combine(options.AppDirectory, assembly)) { WorkingDirectory = options.AppDirectory };
        foreach (var (name, value) in options.AppSettings)
        {
            if (Environment.GetEnvironmentVariable(name) is null)
            {
                start.Environment[name] = value;
            }
        }
        foreach (var (name, value) in WorkerEnvironment(options, hostEndpoint, workerId, baseAddress))
        {
            start.Environment[name] = value;
        }
        return new WorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start."));
    }

    /// <summary>What the Functions host tells a worker it starts (also what an in-process worker needs as configuration).</summary>
    public static IReadOnlyDictionary<string, string> WorkerEnvironment(DevelopmentHostOptions options, Uri hostEndpoint, string workerId, Uri baseAddress) =>
        new Dictionary<string, string>
        {
            ["WEBSITE_HOSTNAME"] = baseAddress.Authority,
            ["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated",
            ["FUNCTIONS_APPLICATION_DIRECTORY"] = options.AppDirectory,
            ["Functions__Worker__HostEndpoint"] = hostEndpoint.ToString().TrimEnd('/'),
            ["Functions__Worker__WorkerId"] = workerId,
            ["Functions__Worker__RequestId"] = Guid.NewGuid().ToString(),
            ["Functions__Worker__GrpcMaxMessageLength"] = int.MaxValue.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}
