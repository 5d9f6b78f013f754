using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.UserSettings;

/// <summary>
/// A user's interface preferences (seed 000 section 10, seed 003 <c>user_app_preferences</c>): theme, language, date and
/// time formats (UK forms by default), density, layout, accessibility, and the primary colour; a primary colour left
/// unset follows the business type's (<see cref="ColourFor"/>). A new instance holds the defaults.
/// </summary>
public sealed record AppPreferences
{
    public static readonly IReadOnlyList<string> Themes = ["light", "dark", "auto"];
    public static readonly IReadOnlyList<string> Languages = ["en-GB", "en-US"];
    public static readonly IReadOnlyList<string> DateFormats = ["DD/MM/YYYY", "MM/DD/YYYY", "YYYY-MM-DD", "D MMM YYYY"];
    public static readonly IReadOnlyList<string> TimeFormats = ["24h", "12h"];
    public static readonly IReadOnlyList<string> Densities = ["compact", "comfortable", "spacious"];
    public static readonly IReadOnlyList<string> Sidebars = ["always_expanded", "auto_collapse", "always_collapsed"];
    public static readonly IReadOnlyList<string> ContactViews = ["grid", "list", "compact"];
    public static readonly IReadOnlyList<int> PageSizes = [10, 25, 50, 100];
    public static readonly IReadOnlyList<string> FontSizes = ["small", "medium", "large", "extra_large"];
    public static readonly IReadOnlyList<string> Colours = ["#3B82F6", "#10B981", "#8B5CF6", "#F59E0B", "#6B7280"];

    public string Theme { get; init; } = "light";
    public string Language { get; init; } = "en-GB";
    public string DateFormat { get; init; } = "DD/MM/YYYY";
    public string TimeFormat { get; init; } = "24h";
    public string Density { get; init; } = "comfortable";
    public string Sidebar { get; init; } = "auto_collapse";
    public string DefaultContactView { get; init; } = "grid";
    public int ItemsPerPage { get; init; } = 25;
    public string FontSize { get; init; } = "medium";
    public bool HighContrast { get; init; }
    public bool ReducedMotion { get; init; }

    /// <summary>One of <see cref="Colours"/>; null: the business type's colour.</summary>
    public string? PrimaryColour { get; init; }

    /// <summary>Seed 000's primary colour by business type.</summary>
    public static string ColourFor(string businessType) => businessType switch
    {
        BusinessTypes.Medical => "#10B981",
        BusinessTypes.Salon => "#8B5CF6",
        BusinessTypes.Restaurant => "#F59E0B",
        BusinessTypes.Consultant => "#6B7280",
        _ => "#3B82F6",
    };

    public FieldErrors Validate() => new FieldErrors()
        .OneOf(Theme, Themes, "theme").OneOf(Language, Languages, "language").OneOf(DateFormat, DateFormats, "dateFormat")
        .OneOf(TimeFormat, TimeFormats, "timeFormat").OneOf(Density, Densities, "density").OneOf(Sidebar, Sidebars, "sidebar")
        .OneOf(DefaultContactView, ContactViews, "defaultContactView").OneOf(ItemsPerPage, PageSizes, "itemsPerPage")
        .OneOf(FontSize, FontSizes, "fontSize")
        .AddIf(PrimaryColour is not null && !Colours.Contains(PrimaryColour), "primaryColour", $"Must be one of: {string.Join(", ", Colours)}.");
}
