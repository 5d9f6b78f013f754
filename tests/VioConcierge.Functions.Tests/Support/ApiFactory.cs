using System.Net;
using System.Net.Sockets;
using System.Reflection;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Client.Grpc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using VioConcierge.Functions.Hosting;
using VioConcierge.LocalHost;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// The function app as it runs for real, against a test database: the development host (the Functions host's side of
/// the worker protocol, serving HTTP functions at their routes) with the app's own worker connected to it over gRPC,
/// both in this process so tests can give the worker a test clock and extra services and read its services. Requests
/// go through real sockets: client, host, worker.
/// </summary>
public sealed class ApiFactory : IAsyncDisposable
{
    private static readonly Lock EntryAssemblyLock = new();
    private readonly DevelopmentHost _host;
    private readonly IHost _worker;
    private readonly SocketsHttpHandler _handler = new() { AllowAutoRedirect = false, UseCookies = false };
    private DurableTaskClient? _durableClient;

    private ApiFactory(DevelopmentHost host, IHost worker)
    {
        _host = host;
        _worker = worker;
    }

    /// <summary>Where the host serves the app's HTTP functions.</summary>
    public Uri BaseAddress => _host.BaseAddress;

    /// <summary>The worker's services (the app's container).</summary>
    public IServiceProvider Services => _worker.Services;

    /// <summary>The functions the host serves and runs, as the worker indexed them.</summary>
    public IReadOnlyList<HostedFunction> Functions => _host.Functions;

    public static async Task<ApiFactory> StartAsync(
        IReadOnlyDictionary<string, string?> settings, TimeProvider clock, Action<IServiceCollection>? services = null, bool runTimers = true)
    {
        UseTheAppAsEntryAssembly();
        var options = new DevelopmentHostOptions
        {
            AppDirectory = AppContext.BaseDirectory,
            Port = 0,
            StartWorker = false,
            RunTimers = runTimers,
            AppSettings = settings.Where(setting => setting.Value is not null).ToDictionary(setting => setting.Key, setting => setting.Value!),
        };
        var host = await DevelopmentHost.StartAsync(options, logging: _ => { });
        var builder = FunctionApp.CreateBuilder(["--environment", "Testing"]);
        builder.Configuration.AddInMemoryCollection(host.WorkerSettings(options)
            .Select(setting => KeyValuePair.Create(setting.Key.Replace("__", ":", StringComparison.Ordinal), (string?)setting.Value)));
        builder.Configuration.AddInMemoryCollection(settings);
        var workerHttp = FreeLoopbackPort();
        builder.Services.Configure<KestrelServerOptions>(kestrel => kestrel.Listen(IPAddress.Loopback, workerHttp));
        builder.Services.PostConfigure<WorkerOptions>(worker => worker.Capabilities["HttpUri"] = $"http://127.0.0.1:{workerHttp}/");
        builder.Services.AddSingleton(clock);
        services?.Invoke(builder.Services);
        var worker = builder.Build();
        await worker.StartAsync();
        await host.WaitForWorkerAsync();
        return new ApiFactory(host, worker);
    }

    /// <summary>
    /// A Durable client of the host's task hub (as a <c>[DurableClient]</c> binding would get), for work the tests
    /// relay themselves.
    /// </summary>
    public DurableTaskClient DurableClient => _durableClient ??= new GrpcDurableTaskClient("tests",
        new GrpcDurableTaskClientOptions { Channel = GrpcChannel.ForAddress(_host.WorkerEndpoint) }, NullLogger.Instance);

    /// <summary>A client of the host; <paramref name="from"/> is the loopback address its connections come from (127.0.0.1 when null).</summary>
    public HttpClient CreateClient(IPAddress? from = null) => from is null
        ? new HttpClient(_handler, disposeHandler: false) { BaseAddress = _host.BaseAddress }
        : new HttpClient(From(from), disposeHandler: true) { BaseAddress = _host.BaseAddress };

    public async ValueTask DisposeAsync()
    {
        if (_durableClient is not null)
        {
            await _durableClient.DisposeAsync();
        }
        await _worker.StopAsync();
        _worker.Dispose();
        await _host.DisposeAsync();
        _handler.Dispose();
    }

    /// <summary>
    /// The worker finds its generated start-up code (function metadata, the extension start-up) in the entry assembly,
    /// which in a test run is the test host's: point it at the app, as when the app runs as its own process.
    /// </summary>
    private static void UseTheAppAsEntryAssembly()
    {
        lock (EntryAssemblyLock)
        {
            Assembly.SetEntryAssembly(typeof(FunctionApp).Assembly);
            Environment.SetEnvironmentVariable("FUNCTIONS_APPLICATION_DIRECTORY", AppContext.BaseDirectory);
        }
    }

    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreeLoopbackPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static SocketsHttpHandler From(IPAddress local) => new()
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        ConnectCallback = async (context, ct) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(local, 0));
                await socket.ConnectAsync(context.DnsEndPoint.Host, context.DnsEndPoint.Port, ct);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };
}
