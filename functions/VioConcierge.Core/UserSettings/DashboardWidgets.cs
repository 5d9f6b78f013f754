namespace VioConcierge.Core.UserSettings;

/// <summary>
/// The dashboard's widgets (seed 000 analytics preferences and seed 003 dashboard settings, in this product's terms) and
/// whether each shows by default: everything but the revenue estimate, which needs an average appointment value.
/// </summary>
public static class DashboardWidgets
{
    public static readonly IReadOnlyDictionary<string, bool> Defaults = new Dictionary<string, bool>
    {
        ["keyMetrics"] = true,
        ["callSuccessRates"] = true,
        ["appointmentTrends"] = true,
        ["contactGrowth"] = true,
        ["upcomingCalls"] = true,
        ["recentActivity"] = true,
        ["insights"] = true,
        ["revenueImpact"] = false,
    };

    public static readonly IReadOnlyList<string> All = [.. Defaults.Keys];
}
