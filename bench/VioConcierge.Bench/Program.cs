using VioConcierge.Bench;

if (!BenchArguments.TryParse(args, Console.Error, out var arguments))
{
    return 2;
}
using var limit = new CancellationTokenSource(BenchArguments.OverallLimit);
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    limit.Cancel();
};
return await BenchRun.RunAsync(arguments, Console.Out, limit.Token);
