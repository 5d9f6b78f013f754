namespace VioConcierge.Core.Calls;

/// <summary>
/// The dialling limits in force for one tenant (seed 002 defaults: 25 per rolling 15 minutes, 300 per local day, 5 at
/// once) and for the platform (500 a minute). Set by <see cref="CallLimitsOptions"/>.
/// </summary>
public sealed record CallLimits(int PerWindow = 25, int PerDay = 300, int Concurrent = 5, int PlatformPerMinute = 500)
{
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);
    public static readonly TimeSpan PlatformWindow = TimeSpan.FromMinutes(1);
    public static readonly TimeSpan ConcurrencyWait = TimeSpan.FromMinutes(1);
}
