using System.Diagnostics;
using System.Net.Sockets;
using VioConcierge.Functions.Tests.Architecture;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// An Azurite of one test's own (the npm package <c>scripts/azurite.sh</c> installed), on free loopback ports with its
/// data in a temporary folder, that the test can stop as abruptly as a crash and start again on the same ports and data.
/// </summary>
public sealed class PrivateAzurite : IAsyncDisposable
{
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly string _data = Path.Combine(Path.GetTempPath(), "vio-azurite-" + Guid.NewGuid().ToString("N"));
    private readonly int[] _ports = [ApiFactory.FreeLoopbackPort(), ApiFactory.FreeLoopbackPort(), ApiFactory.FreeLoopbackPort()];
    private Process? _process;

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{_ports[0]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{_ports[1]}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{_ports[2]}/devstoreaccount1;";

    public async Task StartAsync()
    {
        Directory.CreateDirectory(_data);
        var binary = Path.Combine(SourceTree.Root, ".tools", "azurite", "node_modules", ".bin", "azurite");
        if (!File.Exists(binary))
        {
            throw new InvalidOperationException($"Azurite is not installed at {binary}: run scripts/azurite.sh (scripts/test.sh does).");
        }
        _process = Process.Start(new ProcessStartInfo(binary,
        [
            "--silent", "--skipApiVersionCheck", "--location", _data,
            "--blobHost", "127.0.0.1", "--blobPort", $"{_ports[0]}",
            "--queueHost", "127.0.0.1", "--queuePort", $"{_ports[1]}",
            "--tableHost", "127.0.0.1", "--tablePort", $"{_ports[2]}",
        ])
        { RedirectStandardOutput = true, RedirectStandardError = true }) ?? throw new InvalidOperationException("Azurite did not start.");
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!_ports.All(Listening))
        {
            if (DateTime.UtcNow > deadline || _process.HasExited)
            {
                throw new InvalidOperationException($"Azurite did not listen on {string.Join(", ", _ports)}.");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>Stops it at once, as a crash would (kill -9).</summary>
    public async Task KillAsync()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process?.Dispose();
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }

    private static bool Listening(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect("127.0.0.1", port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
