using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

// Usage: VioConcierge.Functions.TestProcess <settings file>
// Runs the function app (development host and worker) in this process, as ApiFactory runs it in a test's, with the
// settings and clock offset the file gives (AppProcessSettings), until it is killed. Prints "READY <base address>"
// once it serves requests.
if (args.Length != 1)
{
    Console.Error.WriteLine("Usage: VioConcierge.Functions.TestProcess <settings file>");
    return 2;
}
var run = JsonSerializer.Deserialize<AppProcessSettings>(await File.ReadAllTextAsync(args[0]))
    ?? throw new InvalidOperationException($"{args[0]} holds no settings.");
var clock = new TestClock();
clock.Advance(run.ClockOffset);
await using var app = await ApiFactory.StartAsync(run.Settings, clock);
Console.WriteLine($"READY {app.BaseAddress}");
await Task.Delay(Timeout.Infinite);
return 0;
