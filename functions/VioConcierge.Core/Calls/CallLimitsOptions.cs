using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Core.Calls;

/// <summary>
/// The dialling limits, from configuration (section <c>Calls:Limits</c>): the seed's defaults for every tenant, and
/// per-tenant overrides keyed by tenant id that the platform can set (<c>Calls:Limits:Tenants:{id}:PerDay</c>).
/// </summary>
public sealed class CallLimitsOptions
{
    public const string SectionName = "Calls:Limits";

    [Range(1, 1_000_000)]
    public int PerWindow { get; set; } = 25;

    [Range(1, 1_000_000)]
    public int PerDay { get; set; } = 300;

    [Range(1, 1_000_000)]
    public int Concurrent { get; set; } = 5;

    [Range(1, 1_000_000)]
    public int PlatformPerMinute { get; set; } = 500;

    public Dictionary<Guid, TenantCallLimits> Tenants { get; set; } = [];

    /// <summary>The limits for <paramref name="tenantId"/>: its overrides where set, the defaults elsewhere.</summary>
    public CallLimits For(Guid? tenantId)
    {
        var custom = tenantId is { } id && Tenants.TryGetValue(id, out var found) ? found : null;
        return new CallLimits(custom?.PerWindow ?? PerWindow, custom?.PerDay ?? PerDay, custom?.Concurrent ?? Concurrent, PlatformPerMinute);
    }
}
