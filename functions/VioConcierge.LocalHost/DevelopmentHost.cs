using System.Text.Json;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.DurableTask.Testing.Sidecar.Grpc;
using VioConcierge.LocalHost.Durable;

namespace VioConcierge.LocalHost;

/// <summary>
/// A development stand-in for the Azure Functions host, for machines without Core Tools: it serves the function app's
/// HTTP functions at their routes and runs its timer functions on their schedules, with nothing of its own beyond
/// adapting triggers (HTTP, timers, Storage queues, and Durable orchestrations and activities over a task hub in Azure
/// Storage).
/// Every function, route, rule and handler is the app's: the worker indexes its functions and runs
/// them through its own middleware, in its own process (<see cref="DevelopmentHostOptions.StartWorker"/>) or in the
/// caller's (tests), over the Functions host's gRPC protocol.
/// </summary>
public sealed class DevelopmentHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly CancellationTokenSource _stopping = new();
    private WorkerProcess? _worker;
    private Task _timers = Task.CompletedTask;
    private Task _durable = Task.CompletedTask;
    private Task _queues = Task.CompletedTask;

    private DevelopmentHost(WebApplication app, Uri baseAddress, Uri workerEndpoint)
    {
        _app = app;
        BaseAddress = baseAddress;
        WorkerEndpoint = workerEndpoint;
    }

    /// <summary>Where HTTP functions are served.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The gRPC endpoint a worker connects to (<c>Functions:Worker:HostEndpoint</c>).</summary>
    public Uri WorkerEndpoint { get; }

    public string WorkerId => _app.Services.GetRequiredService<WorkerChannel>().WorkerId;

    /// <summary>The functions the worker loaded, once it has (see <see cref="WaitForWorkerAsync"/>).</summary>
    public IReadOnlyList<HostedFunction> Functions { get; private set; } = [];

    /// <summary>The configuration a worker started by the caller needs to connect (the environment the host would give it).</summary>
    public IReadOnlyDictionary<string, string> WorkerSettings(DevelopmentHostOptions options) => WorkerProcess.WorkerEnvironment(options, WorkerEndpoint, WorkerId, BaseAddress);

    public static async Task<DevelopmentHost> StartAsync(DevelopmentHostOptions options, Action<ILoggingBuilder>? logging = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (logging is null)
        {
            builder.Logging.AddSimpleConsole(console => console.SingleLine = true)
                .AddFilter("Microsoft", LogLevel.Warning).AddFilter("System.Net.Http", LogLevel.Warning);
        }
        else
        {
            logging(builder.Logging);
        }
        // Nothing the host serves needs a graceful drain; open gRPC streams (the worker's Durable client) would hold it.
        builder.WebHost.UseShutdownTimeout(TimeSpan.FromSeconds(2));
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = null;
            kestrel.Listen(System.Net.IPAddress.Parse(options.ListenAddress), options.Port, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.Listen(System.Net.IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2);
        });
        builder.Services.AddRouting();
        builder.Services.AddGrpc(grpc => (grpc.MaxReceiveMessageSize, grpc.MaxSendMessageSize) = (null, null));
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<WorkerChannel>();
        builder.Services.AddSingleton<HttpFunctionEndpoints>();
        builder.Services.AddSingleton<HttpTriggerForwarder>();
        builder.Services.AddSingleton<TimerTriggers>();
        builder.Services.AddSingleton<QueueTriggers>();
        builder.Services.AddSingleton<HostAddresses>();
        builder.Services.AddSingleton<HostSettings>();
        builder.Services.AddDurableTaskHub();

        var app = builder.Build();
        app.UseRouting();
        app.MapGrpcService<FunctionRpcService>();
        app.MapGrpcService<TaskHubGrpcServer>();
        ((IEndpointRouteBuilder)app).DataSources.Add(app.Services.GetRequiredService<HttpFunctionEndpoints>());
        await app.StartAsync();

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.Select(address => new Uri(address)).ToList();
        var http = addresses.First(address => address.Port == options.Port || options.Port == 0);
        var grpc = addresses.First(address => address != http);
        app.Services.GetRequiredService<HostAddresses>().Listening(http, grpc);
        var host = new DevelopmentHost(app, http, grpc);
        if (options.StartWorker)
        {
            host._worker = WorkerProcess.Start(options, grpc, host.WorkerId, http);
        }
        return host;
    }

    /// <summary>Waits until the worker has connected and loaded its functions, then serves them.</summary>
    public async Task WaitForWorkerAsync()
    {
        var options = _app.Services.GetRequiredService<DevelopmentHostOptions>();
        var ready = _app.Services.GetRequiredService<WorkerChannel>().Ready;
        var exited = _worker?.Exited ?? Task.Delay(Timeout.Infinite, _stopping.Token);
        var first = await Task.WhenAny(ready, exited, Task.Delay(options.StartTimeout, _stopping.Token));
        if (first != ready)
        {
            throw new InvalidOperationException(first == exited
                ? "The worker exited before loading its functions; see its output above."
                : $"The worker did not load its functions within {options.StartTimeout}.");
        }
        Functions = await ready;
        await WorkerServerReadyAsync(options.StartTimeout);
        var logger = _app.Services.GetRequiredService<ILogger<DevelopmentHost>>();
        foreach (var function in Functions.Where(function => !function.IsHttp && !function.IsTimer && !function.IsDurable && !function.IsQueue))
        {
            logger.LogWarning("Function {Function} has a {Trigger} trigger, which the development host does not run", function.Name, function.TriggerType);
        }
        _app.Services.GetRequiredService<HttpFunctionEndpoints>().Serve(Functions, _app.Services.GetRequiredService<HostSettings>().HostJson("extensions", "http", "routePrefix")?.Trim('/') ?? "api",
            _app.Services.GetRequiredService<HttpTriggerForwarder>().ForwardAsync);
        if (Functions.Any(function => function.IsDurable))
        {
            _durable = _app.Services.GetRequiredService<DurableBridge>().RunAsync(WorkerEndpoint, Functions, _stopping.Token);
        }
        _queues = _app.Services.GetRequiredService<QueueTriggers>().RunAsync(Functions, _stopping.Token);
        if (options.RunTimers)
        {
            _timers = _app.Services.GetRequiredService<TimerTriggers>().RunAsync(Functions, _stopping.Token);
        }
    }

    /// <summary>
    /// Waits until the worker's own HTTP server accepts connections: a worker reports its address and loads its
    /// functions before its server has necessarily started listening.
    /// </summary>
    private async Task WorkerServerReadyAsync(TimeSpan timeout)
    {
        if (_app.Services.GetRequiredService<WorkerChannel>().WorkerHttpUri is not { } worker)
        {
            return;
        }
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var probe = new System.Net.Sockets.TcpClient();
                await probe.ConnectAsync(worker.Host, worker.Port, _stopping.Token);
                return;
            }
            catch (System.Net.Sockets.SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), _stopping.Token);
            }
        }
    }

    /// <summary>Completes when the host is asked to stop (Ctrl+C) or the worker it started exits.</summary>
    public Task WaitForShutdownAsync() => Task.WhenAny(_app.WaitForShutdownAsync(), _worker?.Exited ?? Task.Delay(Timeout.Infinite));

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        if (_worker is not null)
        {
            await _worker.DisposeAsync();
        }
        await _timers;
        await _durable;
        await _queues;
        if (Functions.Any(function => function.IsDurable))
        {
            // Releases the task hub's leases, so the next host takes the hub over at once.
            await _app.Services.GetRequiredService<TaskHubLifetime>().StopAsync(isForced: true);
        }
        await _app.StopAsync();
        await _app.DisposeAsync();
        _stopping.Dispose();
    }
}
