using VioConcierge.FakeKeyVault;

// The fake vault as a process of its own, for local runs with Secrets:Store = KeyVault (scripts/run-local.sh):
//   --port N (0: any free port), --info FILE (written once it listens: "uri=...", "thumbprint=..."),
//   --parent PID (exit when that process has gone).
// It accepts the development token the app presents in the Development environment (DevelopmentVaultCredential)
// and keeps its secrets in memory for as long as it runs.
const string DevelopmentToken = "vioconcierge-development-vault-token";

string? Option(string name) => args.SkipWhile(arg => arg != name).Skip(1).FirstOrDefault();

await using var vault = await FakeVault.StartAsync(DevelopmentToken, int.Parse(Option("--port") ?? "0", System.Globalization.CultureInfo.InvariantCulture));
var info = $"uri={vault.VaultUri}\nthumbprint={vault.Thumbprint}\n";
if (Option("--info") is { } file)
{
    await File.WriteAllTextAsync(file + ".tmp", info);
    File.Move(file + ".tmp", file, overwrite: true);
}
Console.Write(info);

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, cancel) => { cancel.Cancel = true; stop.Cancel(); };
AppDomain.CurrentDomain.ProcessExit += (_, _) => stop.Cancel();
var parent = Option("--parent") is { } pid ? int.Parse(pid, System.Globalization.CultureInfo.InvariantCulture) : (int?)null;
while (!stop.IsCancellationRequested && (parent is null || Directory.Exists($"/proc/{parent}")))
{
    try
    {
        await Task.Delay(TimeSpan.FromSeconds(1), stop.Token);
    }
    catch (OperationCanceledException)
    {
        break;
    }
}
