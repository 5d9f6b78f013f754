using VioConcierge.Application.Calls;

namespace VioConcierge.Application.Calls;

/// <summary>A call session as the console follows it: initiated, ringing, in progress, completed or failed.</summary>
public sealed record CallSessionResponse(
    Guid Id, Guid ContactId, string Kind, int? Attempt, string Status, string? Outcome, string? Error,
    DateTimeOffset CreatedAt, DateTimeOffset? PlacedAt, DateTimeOffset? ConnectedAt, DateTimeOffset? EndedAt)
{
    public static CallSessionResponse From(CallSessionRow row) => new(
        row.Id, row.ContactId, row.Kind, row.Attempt, row.Status, row.Outcome, row.Error, row.CreatedAt, row.PlacedAt, row.ConnectedAt, row.EndedAt);
}
