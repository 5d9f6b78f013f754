using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// A host of its own for the fuzz run (it creates, locks out and pauses freely), with the Retell platform key set so
/// signed webhooks get past their signature check, provider APIs pointed at a closed local port, and every log line
/// captured.
/// </summary>
public sealed class FuzzApiFixture : ApiFixture
{
    public const string RetellKey = "retell-fuzz-platform-key";

    public CapturedLogs Logs { get; } = new();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Retell:ApiKey"] = RetellKey;
        // Provider APIs the connection tests call: a closed local port, so nothing leaves the machine.
        settings["Retell:BaseUrl"] = settings["CalCom:BaseUrl"] = settings["Calendly:BaseUrl"] = "http://127.0.0.1:9";
    }

    protected override void ConfigureServices(IServiceCollection services) => services.AddSingleton<ILoggerProvider>(Logs);
}
