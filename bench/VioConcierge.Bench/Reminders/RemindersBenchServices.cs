using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using VioConcierge.Application;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Functions.Identity;
using VioConcierge.Infrastructure;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// The reminder engine wired as the host wires it (<c>AddApplication</c> with every handler, <c>AddInfrastructure</c>,
/// the host's <c>Work</c> defaults), with three bench changes: the clock is
/// <see cref="BenchClock"/>, the voice port is <see cref="NoopVoiceProvider"/>, and the timer handler is wrapped by
/// <see cref="TimerStarts"/>. Dispatchers are transient so each resolve is a separate worker.
/// </summary>
public static class RemindersBenchServices
{
    /// <summary>
    /// Limits high enough never to refuse a bench call. The real ones (25 per tenant per 15 min, 5 at once, 500 a
    /// minute platform-wide) would defer all but a handful of the calls these scenarios place (the no-op port never
    /// ends a call, so 5 per tenant would stay live; 500 a minute is 8 calls/s for the whole platform); the limiter
    /// still runs, locks and counts its slots for every call.
    /// </summary>
    public static readonly CallLimits Unlimited = new(PerWindow: 1_000_000, PerDay: 1_000_000, Concurrent: 1_000_000, PlatformPerMinute: 1_000_000);

    private static void Unlimit(CallLimitsOptions options) =>
        (options.PerWindow, options.PerDay, options.Concurrent, options.PlatformPerMinute) =
        (Unlimited.PerWindow, Unlimited.PerDay, Unlimited.Concurrent, Unlimited.PlatformPerMinute);

    public static ServiceProvider Build(BenchDatabase database, BenchClock clock, NoopVoiceProvider voice)
    {
        var services = BenchServices.Start(database, new Dictionary<string, string?>());
        services.AddSingleton<TimeProvider>(clock);
        services.AddSingleton(voice);
        services.AddSingleton<IVoiceProvider>(voice);
        services.AddApplication();
        services.AddInfrastructure();
        services.AddSingleton<IAccessTokens, TokenIssuer>();
        services.Configure<CallLimitsOptions>(Unlimit);
        WrapTimerHandler(services);
        services.AddTransient<WorkDispatcher>();
        services.AddTransient<WorkDispatcherService>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    private static void WrapTimerHandler(IServiceCollection services)
    {
        var timer = services.Single(descriptor => descriptor.ServiceType == typeof(IWorkHandler)
            && descriptor.ImplementationType == typeof(ReminderTimerHandler));
        services.Remove(timer);
        services.AddSingleton<ReminderTimerHandler>();
        services.AddSingleton<TimerStarts>();
        services.AddSingleton<IWorkHandler>(provider => provider.GetRequiredService<TimerStarts>());
    }
}
