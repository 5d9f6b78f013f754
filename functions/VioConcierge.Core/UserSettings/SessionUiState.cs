using System.Text.RegularExpressions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.UserSettings;

/// <summary>What was open: panel ids (at most 20, lower-case letters, digits, <c>-</c> and <c>_</c>), each page's view mode, the sidebar.</summary>
public sealed partial record SessionUiState
{
    public const int MaxOpenPanels = 20;

    public IReadOnlyList<string> OpenPanels { get; init; } = [];

    public IReadOnlyDictionary<string, string> ViewModes { get; init; } = new Dictionary<string, string>();

    public bool SidebarCollapsed { get; init; }

    public FieldErrors Validate()
    {
        var errors = new FieldErrors()
            .AddIf(OpenPanels.Count > MaxOpenPanels, "uiState.openPanels", $"At most {MaxOpenPanels} panels.")
            .AddIf(OpenPanels.Any(panel => panel is null || !PanelId().IsMatch(panel)), "uiState.openPanels", "A panel id is 1 to 50 lower-case letters, digits, '-' or '_'.")
            .AddIf(OpenPanels.Distinct().Count() != OpenPanels.Count, "uiState.openPanels", "Each panel is listed once.")
            .KnownKeys(ViewModes, SessionPages.All, "uiState.viewModes");
        foreach (var (page, mode) in ViewModes.Where(pair => !SessionPages.ViewModes.Contains(pair.Value)).Take(10))
        {
            errors.Add($"uiState.viewModes.{page}", $"Must be one of: {string.Join(", ", SessionPages.ViewModes)}.");
        }
        return errors;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]{0,49}$", RegexOptions.CultureInvariant)]
    private static partial Regex PanelId();
}
