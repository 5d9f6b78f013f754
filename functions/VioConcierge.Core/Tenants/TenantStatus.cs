namespace VioConcierge.Core.Tenants;

/// <summary>
/// Tenant lifecycle (seed 002). Paused: no calls, data still accessible. Suspended: no service at all.
/// Terminated: final.
/// </summary>
public static class TenantStatus
{
    public const string Active = "active";
    public const string Paused = "paused";
    public const string Suspended = "suspended";
    public const string Terminated = "terminated";

    public static readonly IReadOnlyList<string> All = [Active, Paused, Suspended, Terminated];

    private static readonly Dictionary<string, string[]> Allowed = new()
    {
        [Active] = [Paused, Suspended],
        [Paused] = [Active, Suspended],
        [Suspended] = [Active, Terminated],
        [Terminated] = [],
    };

    /// <summary>Every status change is justified in 20 to 500 characters (seed 002).</summary>
    public const int JustificationMinLength = 20;

    public const int JustificationMaxLength = 500;

    public static bool IsValid(string? value) => value is not null && All.Contains(value);

    public static bool CanMove(string from, string to) => Allowed.TryGetValue(from, out var next) && next.Contains(to);

    public static IReadOnlyList<string> NextFrom(string from) => Allowed.TryGetValue(from, out var next) ? next : [];

    /// <summary>Whether reminder calls may be dialled for the tenant (only while active).</summary>
    public static bool AllowsCalls(string status) => status == Active;

    /// <summary>Whether the tenant's users may sign in and use the console.</summary>
    public static bool AllowsSignIn(string status) => status is Active or Paused;
}
