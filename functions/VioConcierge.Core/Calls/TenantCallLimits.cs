using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Core.Calls;

/// <summary>One tenant's own dialling limits; a limit left unset is the platform default.</summary>
public sealed class TenantCallLimits
{
    [Range(1, 1_000_000)]
    public int? PerWindow { get; set; }

    [Range(1, 1_000_000)]
    public int? PerDay { get; set; }

    [Range(1, 1_000_000)]
    public int? Concurrent { get; set; }
}
