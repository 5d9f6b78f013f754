using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Core.Calls;

/// <summary>
/// The dialling limits, from configuration (section <c>Calls:Limits</c>): the seed's defaults for every tenant, and
/// per-tenant overrides keyed by tenant id that the platform can set (<c>Calls:Limits:Tenants:{id}:PerDay</c>). Read
/// on every slot request, so a configuration reload applies to the next call without a restart.
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

    /// <summary>Per-tenant limits keyed by tenant id (configuration binds string keys only, so the id is parsed here).</summary>
    public Dictionary<string, TenantCallLimits> Tenants { get; set; } = [];

    /// <summary>The limits for <paramref name="tenantId"/>: its overrides where set, the defaults elsewhere.</summary>
    public CallLimits For(Guid? tenantId)
    {
        var custom = tenantId is { } id
            ? Tenants.FirstOrDefault(pair => Guid.TryParse(pair.Key, out var key) && key == id).Value
            : null;
        return new CallLimits(custom?.PerWindow ?? PerWindow, custom?.PerDay ?? PerDay, custom?.Concurrent ?? Concurrent, PlatformPerMinute);
    }
}
