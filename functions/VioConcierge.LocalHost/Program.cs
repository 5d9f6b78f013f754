using VioConcierge.LocalHost;

// Usage: VioConcierge.LocalHost <function app directory> <app assembly file> [port]
// Serves the function app as `func start` would, on http://127.0.0.1:{port} (7071), with local.settings.json from the
// app's project directory (VIO_LOCAL_SETTINGS, else the app directory) as the worker's settings.
if (args.Length < 2)
{
    Console.Error.WriteLine("Usage: VioConcierge.LocalHost <function app directory> <app assembly file> [port]");
    return 2;
}
var appDirectory = Path.GetFullPath(args[0]);
var settings = Environment.GetEnvironmentVariable("VIO_LOCAL_SETTINGS") ?? Path.Combine(appDirectory, LocalSettings.FileName);
var options = new DevelopmentHostOptions
{
    AppDirectory = appDirectory,
    AppAssembly = args[1],
    Port = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 7071,
    AppSettings = LocalSettings.Read(settings),
};
await using var host = await DevelopmentHost.StartAsync(options);
await host.WaitForWorkerAsync();
Console.WriteLine($"Serving {host.Functions.Count(f => f.IsHttp)} HTTP functions on {host.BaseAddress} ({host.Functions.Count(f => f.IsTimer)} timer functions on their schedules).");
await host.WaitForShutdownAsync();
return 0;
