using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.UserSettings;

/// <summary>
/// A user's dashboard (seed 003 <c>user_dashboard_settings</c>, seed 000 analytics preferences): which widgets show and
/// where, the default view, refresh rate (0: manual), compact mode and the analytics period. A new instance holds the
/// defaults; widgets a saved document leaves out keep their default visibility.
/// </summary>
public sealed record DashboardSettings
{
    public static readonly IReadOnlyList<string> Views = ["overview", "contacts", "analytics", "calls"];
    public static readonly IReadOnlyList<int> RefreshRates = [0, 30, 60, 300, 900];
    public static readonly IReadOnlyList<int> AnalyticsPeriods = [7, 30, 90, 365];
    public static readonly IReadOnlyList<string> Comparisons = ["previous_period", "same_period_last_year", "none"];

    public string DefaultView { get; init; } = "overview";

    public int RefreshSeconds { get; init; } = 300;

    public bool CompactMode { get; init; }

    public int AnalyticsPeriodDays { get; init; } = 30;

    public string ComparisonPeriod { get; init; } = "previous_period";

    public IReadOnlyDictionary<string, bool> WidgetVisibility { get; init; } = DashboardWidgets.Defaults;

    public IReadOnlyList<WidgetPlacement> WidgetLayout { get; init; } = [];

    /// <summary>Every widget's visibility: the ones sent, the defaults for the rest.</summary>
    public DashboardSettings Normalized() => this with
    {
        WidgetVisibility = DashboardWidgets.All.ToDictionary(widget => widget, widget => WidgetVisibility.GetValueOrDefault(widget, DashboardWidgets.Defaults[widget])),
    };

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .OneOf(DefaultView, Views, "defaultView")
            .OneOf(RefreshSeconds, RefreshRates, "refreshSeconds")
            .OneOf(AnalyticsPeriodDays, AnalyticsPeriods, "analyticsPeriodDays")
            .OneOf(ComparisonPeriod, Comparisons, "comparisonPeriod")
            .KnownKeys(WidgetVisibility, DashboardWidgets.All, "widgetVisibility")
            .AddIf(WidgetLayout.Count > DashboardWidgets.All.Count, "widgetLayout", $"At most {DashboardWidgets.All.Count} placements, one per widget.");
        foreach (var (placement, index) in WidgetLayout.Take(DashboardWidgets.All.Count).Select((placement, index) => (placement, index)))
        {
            var field = $"widgetLayout[{index}]";
            if (placement is null)
            {
                errors.Add(field, "A placement is required.");
                continue;
            }
            errors.AddIf(!DashboardWidgets.All.Contains(placement.Widget), $"{field}.widget", $"Unknown widget; known: {string.Join(", ", DashboardWidgets.All)}.")
                .AddIf(WidgetLayout.Take(index).Any(other => other?.Widget == placement.Widget), $"{field}.widget", "Each widget is placed at most once.")
                .AddIf(placement.X is < 0 or >= WidgetPlacement.Columns, $"{field}.x", $"Column must be 0 to {WidgetPlacement.Columns - 1}.")
                .AddIf(placement.Width is < 1 or > WidgetPlacement.Columns || placement.X + placement.Width > WidgetPlacement.Columns, $"{field}.width",
                    $"Width must be 1 to {WidgetPlacement.Columns} columns and end inside the grid.")
                .AddIf(placement.Y is < 0 or > WidgetPlacement.MaxRow, $"{field}.y", $"Row must be 0 to {WidgetPlacement.MaxRow}.")
                .AddIf(placement.Height is < 1 or > WidgetPlacement.MaxHeight, $"{field}.height", $"Height must be 1 to {WidgetPlacement.MaxHeight} rows.");
        }
        return errors;
    }
}
