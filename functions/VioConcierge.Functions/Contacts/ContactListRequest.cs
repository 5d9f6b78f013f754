namespace VioConcierge.Functions.Contacts;

/// <summary>Query parameters of <c>GET /api/contacts</c> (and the "filter" of bulk actions and exports).</summary>
public sealed record ContactListRequest(
    string[]? Status = null,
    Guid[]? Group = null,
    string? GroupMode = null,
    bool? Ungrouped = null,
    string? Q = null,
    string? Appointment = null,
    DateTimeOffset? From = null,
    DateTimeOffset? To = null,
    string? Call = null,
    string? LastContact = null,
    int? LastContactDays = null,
    string? Sort = null,
    string? Order = null);
