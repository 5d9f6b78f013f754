using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>What a scenario that fires timers uses, with the port's and the timer starts' records cleared.</summary>
public sealed record TimerRun(Database Database, TimeProvider Time, NoopVoiceProvider Voice, TimerStarts Timers)
{
    public static TimerRun Start(IServiceProvider services)
    {
        var run = new TimerRun(services.GetRequiredService<Database>(), services.GetRequiredService<TimeProvider>(),
            services.GetRequiredService<NoopVoiceProvider>(), services.GetRequiredService<TimerStarts>());
        run.Voice.Clear();
        run.Timers.Clear();
        return run;
    }
}
