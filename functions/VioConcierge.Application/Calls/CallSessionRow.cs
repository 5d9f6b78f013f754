using VioConcierge.Core.Calls;

namespace VioConcierge.Application.Calls;

/// <summary>One dialled attempt (a reminder attempt, a Call Now or a campaign call).</summary>
public sealed class CallSessionRow
{
    public Guid TenantId { get; init; }
    public Guid Id { get; init; }
    public Guid ContactId { get; init; }
    public Guid? ReminderId { get; init; }
    public int? Attempt { get; init; }
    public string Kind { get; init; } = "reminder";
    public string IdempotencyKey { get; init; } = "";
    public string Status { get; set; } = CallSessionStatus.Initiated;
    public string? ProviderCallId { get; set; }
    public string? Outcome { get; set; }
    public string? Error { get; set; }
    public Guid? CreatedBy { get; init; }
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When the session's dialling slot was granted; it counts toward the tenant's calls at once until the session ends.</summary>
    public DateTimeOffset? SlotTakenAt { get; set; }

    public DateTimeOffset? PlacedAt { get; set; }
    public DateTimeOffset? ConnectedAt { get; set; }
    public DateTimeOffset? EndedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>
    /// A new session whose dialling slot was taken in the same transaction (every session is created with its slot:
    /// a reminder's timer, Call Now, a campaign step). <paramref name="idempotencyKey"/> makes creating it twice
    /// yield the same session, so its call is never placed twice.
    /// </summary>
    public static CallSessionRow WithSlot(
        Guid tenantId, Guid id, Guid contactId, string kind, string idempotencyKey, DateTimeOffset now,
        Guid? createdBy = null, Guid? reminderId = null, int? attempt = null) => new()
    {
        TenantId = tenantId,
        Id = id,
        ContactId = contactId,
        ReminderId = reminderId,
        Attempt = attempt,
        Kind = kind,
        IdempotencyKey = idempotencyKey,
        CreatedBy = createdBy,
        CreatedAt = now,
        SlotTakenAt = now,
        UpdatedAt = now,
    };

    /// <summary>The part of the session the state machine decides on.</summary>
    public CallSessionState State => new(Status, ProviderCallId, Outcome, Error, PlacedAt, ConnectedAt, EndedAt);

    /// <summary>
    /// Runs <paramref name="event"/> through <see cref="CallSessionDecider"/>; true when it changed the session (then
    /// saved by the caller), false when the event changed nothing.
    /// </summary>
    public bool Apply(CallSessionEvent @event, DateTimeOffset now)
    {
        if (CallSessionDecider.Decide(State, @event, now) is not { } next)
        {
            return false;
        }
        (Status, ProviderCallId, Outcome, Error) = (next.Status, next.ProviderCallId, next.Outcome, next.Error);
        (PlacedAt, ConnectedAt, EndedAt, UpdatedAt) = (next.PlacedAt, next.ConnectedAt, next.EndedAt, now);
        return true;
    }
}
