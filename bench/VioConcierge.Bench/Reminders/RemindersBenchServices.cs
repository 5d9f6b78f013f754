using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Bench.Hosting;
using VioConcierge.Core.Calls;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// The reminder engine as the host runs it: the whole function app in process (<see cref="BenchApp"/>, relaying: due
/// work goes relay -> queue -> queue function -> handler), with three bench changes added after the app's services:
/// the clock is <see cref="BenchClock"/>, the voice port is <see cref="NoopVoiceProvider"/>, the call limits are
/// lifted, and the timer handler is wrapped by <see cref="TimerStarts"/>; and the run's <c>Work:StartAhead</c> when
/// <c>--start-ahead</c> is given.
/// </summary>
public static class RemindersBenchServices
{
    /// <summary>What runs the work, for the figures' labels.</summary>
    public const string Engine = "relay -> queues -> queue functions";

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

    public static Task<ApiFactory> StartAsync(
        BenchDatabase database, BenchStorage storage, BenchClock clock, NoopVoiceProvider voice, RemindersBenchOptions options) =>
        BenchApp.StartAsync(database, storage, relay: true, clock, services =>
        {
            services.AddSingleton(voice);
            services.AddSingleton<IVoiceProvider>(voice);
            services.Configure<CallLimitsOptions>(Unlimit);
            WrapTimerHandler(services);
        }, options.AppSettings);

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
