using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Reflection;
using System.Runtime.InteropServices;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The function app as it runs locally, as child processes: the development host (<c>dotnet
/// VioConcierge.LocalHost.dll {bench output} VioConcierge.Functions.dll {free port}</c>), which starts the app's worker,
/// from the bench's own output folder (the project references build both in the bench's configuration), configured
/// only through environment variables. Ready when <c>/health/ready</c> answers 200. Disposing kills it; a
/// ProcessExit handler tries the same if the bench exits without disposing.
/// </summary>
public sealed class BenchHost : IAsyncDisposable
{
    private const int TailLines = 40;
    private static readonly TimeSpan StartLimit = TimeSpan.FromMinutes(2);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _tail = new();
    private readonly EventHandler _killOnExit;

    private BenchHost(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
        _killOnExit = (_, _) => Kill();
        AppDomain.CurrentDomain.ProcessExit += _killOnExit;
    }

    public Uri BaseAddress { get; }

    /// <summary>The development host's process and the worker it started (to read their CPU time).</summary>
    public IReadOnlyList<int> ProcessIds => [_process.Id, .. Children(_process.Id)];

    /// <summary>The host assembly's build configuration (figures are only meaningful for Release).</summary>
    public static string Configuration =>
        typeof(Functions.Hosting.FunctionApp).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "unknown";

    /// <summary>A loopback address on a port that was free a moment ago.</summary>
    public static Uri NewLoopbackAddress()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}");
    }

    public static async Task<BenchHost> StartAsync(
        Uri baseAddress, IReadOnlyDictionary<string, string> environment, BenchApiClient probe, CancellationToken ct)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "VioConcierge.LocalHost.dll"));
        start.ArgumentList.Add(AppContext.BaseDirectory);
        start.ArgumentList.Add("VioConcierge.Functions.dll");
        start.ArgumentList.Add(baseAddress.Port.ToString(System.Globalization.CultureInfo.InvariantCulture));
        start.Environment["VIO_LOCAL_SETTINGS"] = Path.Combine(AppContext.BaseDirectory, "no-local-settings.json");
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("The host process did not start.");
        var host = new BenchHost(process, baseAddress);
        process.OutputDataReceived += (_, e) => host.Note(e.Data);
        process.ErrorDataReceived += (_, e) => host.Note(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await host.WaitReadyAsync(probe, ct);
            return host;
        }
        catch (Exception)
        {
            await host.DisposeAsync();
            throw;
        }
    }

    private static IEnumerable<int> Children(int pid)
    {
        try
        {
            return Directory.EnumerateDirectories($"/proc/{pid}/task")
                .Select(task => Path.Combine(task, "children")).Where(File.Exists)
                .SelectMany(file => File.ReadAllText(file).Split(' ', StringSplitOptions.RemoveEmptyEntries))
                .Select(child => int.Parse(child, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }

    /// <summary>The last lines the host wrote (its log level is Warning, so normally none).</summary>
    public IReadOnlyList<string> Tail => _tail.ToArray();

    public async ValueTask DisposeAsync()
    {
        AppDomain.CurrentDomain.ProcessExit -= _killOnExit;
        Kill();
        using var wait = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        try
        {
            await _process.WaitForExitAsync(wait.Token);
        }
        catch (OperationCanceledException)
        {
            Console.Error.WriteLine("host: did not exit within 15 s of being killed");
        }
        _process.Dispose();
    }

    private async Task WaitReadyAsync(BenchApiClient probe, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < StartLimit)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The host exited with code {_process.ExitCode} while starting:{Environment.NewLine}"
                    + string.Join(Environment.NewLine, Tail));
            }
            try
            {
                if ((await probe.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/health/ready"), ct)).Status == (int)HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
        }
        throw new TimeoutException($"The host was not ready within {StartLimit.TotalSeconds:0} s:{Environment.NewLine}" + string.Join(Environment.NewLine, Tail));
    }

    private void Note(string? line)
    {
        if (string.IsNullOrEmpty(line))
        {
            return;
        }
        Console.Error.WriteLine($"host: {line}");
        _tail.Enqueue(line);
        while (_tail.Count > TailLines && _tail.TryDequeue(out _))
        {
        }
    }

    private void Kill()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    /// <summary>The <c>dotnet</c> muxer of the runtime running the bench (its root is three levels above the runtime folder).</summary>
    private static string DotnetPath()
    {
        var candidate = Path.GetFullPath(Path.Combine(RuntimeEnvironment.GetRuntimeDirectory(), "..", "..", "..",
            OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet"));
        return File.Exists(candidate) ? candidate : "dotnet";
    }
}
