namespace VioConcierge.Functions.Contacts;

/// <summary>The contact list's filters, as a JSON object in a bulk request.</summary>
public sealed record BulkFilter(
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
    int? LastContactDays = null)
{
    public ContactListRequest ToListRequest() =>
        new(Status, Group, GroupMode, Ungrouped, Q, Appointment, From, To, Call, LastContact, LastContactDays);
}
