using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The function app (development host and worker) running as a process of its own
/// (<c>VioConcierge.Functions.TestProcess</c>, built before the tests), so a test can kill it with SIGKILL, as a
/// crash or an out-of-memory kill would, and start another on the same database, queues and task hub.
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _settingsFile;
    private readonly ConcurrentQueue<string> _output;

    private AppProcess(Process process, string settingsFile, ConcurrentQueue<string> output, Uri baseAddress)
    {
        _process = process;
        _settingsFile = settingsFile;
        _output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>The last lines the process wrote, for a failing test's message.</summary>
    public string Output => string.Join('\n', _output);

    public static async Task<AppProcess> StartAsync(AppProcessSettings settings)
    {
        var settingsFile = Path.Combine(Path.GetTempPath(), $"vio-app-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(settingsFile, JsonSerializer.Serialize(settings));
        var start = new ProcessStartInfo("dotnet", [Assembly, settingsFile])
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app process did not start.");
        var ready = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var lines = new ConcurrentQueue<string>();
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }
            lines.Enqueue(line);
            while (lines.Count > 40 && lines.TryDequeue(out _))
            {
            }
            if (line.StartsWith("READY ", StringComparison.Ordinal))
            {
                ready.TrySetResult(new Uri(line["READY ".Length..]));
            }
        }
        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var first = await Task.WhenAny(ready.Task, process.WaitForExitAsync(), Task.Delay(StartTimeout));
        if (first != ready.Task)
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The app process did not start: {string.Join('\n', lines)}");
        }
        return new AppProcess(process, settingsFile, lines, await ready.Task);
    }

    /// <summary>Kills the process at once (SIGKILL): nothing is stopped, released or flushed.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
        File.Delete(_settingsFile);
    }

    private const string Assembly = "VioConcierge.Functions.TestProcess.dll";

    private static string Directory { get; } = Find();

    private static string Find()
    {
        // tests/VioConcierge.Functions.Tests/bin/{Configuration}/{framework}/ -> tests/VioConcierge.Functions.TestProcess/bin/{Configuration}/{framework}/
        var testOutput = new DirectoryInfo(AppContext.BaseDirectory);
        var directory = Path.Combine(testOutput.Parent!.Parent!.Parent!.Parent!.FullName, "VioConcierge.Functions.TestProcess", "bin",
            testOutput.Parent!.Name, testOutput.Name);
        return File.Exists(Path.Combine(directory, Assembly))
            ? directory
            : throw new InvalidOperationException($"The app process is not built at {directory}.");
    }
}
