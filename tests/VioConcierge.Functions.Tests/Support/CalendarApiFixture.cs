using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A host whose Cal.com and Calendly base URLs point at one local stub server (the two APIs' paths do not overlap:
/// <c>/v2/...</c> and <c>/users/me</c>, <c>/event_types/...</c>; unscripted requests get 404), with a short request
/// timeout and every log line captured.
/// </summary>
public class CalendarApiFixture : ApiFixture
{
    public static readonly TimeSpan RequestTimeout = TimeSpan.FromMilliseconds(500);

    public RetellStub Stub { get; private set; } = null!;

    public CapturedLogs Logs { get; } = new();

    protected override async Task PrepareAsync() => Stub = await RetellStub.StartAsync();

    protected override ValueTask CleanUpAsync() => Stub.DisposeAsync();

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["CalCom:BaseUrl"] = Stub.BaseUrl;
        settings["CalCom:RequestTimeout"] = RequestTimeout.ToString();
        settings["Calendly:BaseUrl"] = Stub.BaseUrl;
        settings["Calendly:RequestTimeout"] = RequestTimeout.ToString();
    }

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddSingleton<ILoggerProvider>(Logs);
}
