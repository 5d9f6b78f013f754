namespace VioConcierge.Core.UserSettings;

/// <summary>The console's pages, as session state names them (the current page, each page's view mode).</summary>
public static class SessionPages
{
    public static readonly IReadOnlyList<string> All = ["dashboard", "contacts", "groups", "calls", "campaigns", "settings", "team", "notifications"];

    public static readonly IReadOnlyList<string> ViewModes = ["grid", "list", "compact", "table", "calendar"];

    /// <summary>The query parameters of <c>GET /api/contacts</c> a remembered contact filter may hold.</summary>
    public static readonly IReadOnlyList<string> ContactFilters =
        ["status", "group", "groupMode", "ungrouped", "q", "appointment", "from", "to", "call", "lastContact", "lastContactDays", "sort", "order"];

    public const int MaxFilterValueLength = 200;
}
