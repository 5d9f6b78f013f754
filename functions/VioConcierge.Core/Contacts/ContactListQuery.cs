namespace VioConcierge.Core.Contacts;

/// <summary>
/// Everything the contact list can be filtered and sorted by; every filter set combines with AND. Times are
/// already resolved to instants (the caller turns "today" into the tenant's local day).
/// </summary>
public sealed record ContactListQuery
{
    public IReadOnlyList<string> Statuses { get; init; } = [];
    public IReadOnlyList<Guid> Groups { get; init; } = [];
    public GroupMatch GroupMatch { get; init; } = GroupMatch.Any;
    public bool Ungrouped { get; init; }
    public ContactSearch? Search { get; init; }
    public DateTimeOffset? AppointmentFrom { get; init; }
    public DateTimeOffset? AppointmentTo { get; init; }
    public CallFilter? Call { get; init; }
    public DateTimeOffset? TodayStart { get; init; }
    public DateTimeOffset? TomorrowStart { get; init; }
    public LastContactFilter? LastContact { get; init; }
    public DateTimeOffset? LastContactSince { get; init; }
    public IReadOnlyList<Guid>? Ids { get; init; }
    public ContactSort Sort { get; init; } = ContactSort.Created;
    public bool Descending { get; init; } = true;
}
