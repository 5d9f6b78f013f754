using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>The API host for the calendar webhook tests, with every log line captured (secrets and personal data must never appear).</summary>
public sealed class CalendarApiFixture : ApiFixture
{
    public LogCapture Logs { get; } = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddLogging(logging => logging.SetMinimumLevel(LogLevel.Debug).AddProvider(Logs));
}

[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarApiFixture>
{
    public const string Name = "calendar";
}
