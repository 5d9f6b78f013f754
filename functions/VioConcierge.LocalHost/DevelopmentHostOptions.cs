namespace VioConcierge.LocalHost;

/// <summary>How the development host runs a function app.</summary>
public sealed class DevelopmentHostOptions
{
    /// <summary>The Functions host version reported to the worker.</summary>
    public const string HostVersion = "4.1040.0";

    /// <summary>The function app's build or publish output (its <c>host.json</c>, the app's assembly).</summary>
    public required string AppDirectory { get; init; }

    /// <summary>The port HTTP functions are served on (0: any free port).</summary>
    public int Port { get; init; } = 7071;

    /// <summary>The address HTTP functions are served on.</summary>
    public string ListenAddress { get; init; } = "127.0.0.1";

    /// <summary>
    /// Whether the host starts the worker itself (<c>dotnet {AppAssembly}</c> in <see cref="AppDirectory"/>) as the
    /// Functions host does; false when the caller runs the worker and points it at <see cref="DevelopmentHost.WorkerEndpoint"/>.
    /// </summary>
    public bool StartWorker { get; init; } = true;

    /// <summary>The app's main assembly file name, when the host starts the worker.</summary>
    public string? AppAssembly { get; init; }

    /// <summary>App settings for the worker's environment, as the Functions host passes <c>local.settings.json</c> Values.</summary>
    public IReadOnlyDictionary<string, string> AppSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Whether timer functions run on their schedules.</summary>
    public bool RunTimers { get; init; } = true;

    /// <summary>
    /// How long a Durable step's lease lasts before another host may take it over (Azure Storage's control-queue
    /// visibility timeout; 5 minutes in the Functions host, short here so a restarted host resumes at once).
    /// </summary>
    public TimeSpan DurableLeaseTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the worker may take to start and load its functions.</summary>
    public TimeSpan StartTimeout { get; init; } = TimeSpan.FromMinutes(2);
}
