namespace VioConcierge.Bench.Contacts;

/// <summary>
/// What watching one import's contacts found: when the last of them was planned (<see cref="ReminderWatch"/> says how
/// that moment is taken), how many the bench saw unplanned at least once, when it had seen every one planned, the
/// requests it made, the reminders' statuses, and the problem when not all were planned in time.
/// <see cref="LastPlannedFrom"/> says where the last moment came from: <c>seen</c> (a look after one that found no
/// reminder) or <c>stamp</c> (the timeline line of a contact already planned at its first look).
/// </summary>
public sealed record PlanningObservation(
    DateTimeOffset? AllPlannedAt, int SeenUnplanned, DateTimeOffset? AllSeenAt, int Requests, IReadOnlyDictionary<string, int> Statuses, string? Problem)
{
    public string LastPlannedFrom { get; init; } = "-";
}
