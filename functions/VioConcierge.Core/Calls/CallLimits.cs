namespace VioConcierge.Infrastructure.Calls;

/// <summary>Dialling limits (seed 002): per tenant 25 per rolling 15 minutes, 300 per local day, 5 at once; platform 500 a minute.</summary>
public sealed record CallLimits(int PerWindow = 25, int PerDay = 300, int Concurrent = 5, int PlatformPerMinute = 500)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan PlatformWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ConcurrencyWait = TimeSpan.FromMinutes(1);
}
