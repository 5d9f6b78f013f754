namespace VioConcierge.Application.Contacts;

/// <summary>
/// Query parameters of <c>GET /api/contacts</c>; also the JSON <c>filter</c> of bulk actions (where sort and order
/// are ignored).
/// </summary>
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
