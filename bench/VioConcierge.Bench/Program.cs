using System.Runtime.InteropServices;
using VioConcierge.Bench;

if (!BenchArguments.TryParse(args, Console.Error, out var arguments))
{
    return 2;
}
using var limit = new CancellationTokenSource(arguments.OverallLimit);
// Ctrl-C and SIGTERM (kill, timeout) stop the run the same way: cancel, clean up (stop the host, drop the database), exit.
using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
return await BenchRun.RunAsync(arguments, Console.Out, limit.Token);

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    limit.Cancel();
}
