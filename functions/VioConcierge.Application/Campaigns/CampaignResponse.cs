namespace VioConcierge.Application.Campaigns;

/// <summary>A campaign's progress: done and remaining contacts, success rate of ended calls, estimated finish.</summary>
public sealed record CampaignResponse(
    Guid Id, Guid GroupId, string Status, int IntervalMinutes, int Total, int Done, int Remaining, int Skipped,
    double? SuccessRate, DateTimeOffset? NextCallAt, DateTimeOffset? EstimatedFinish, DateTimeOffset CreatedAt, DateTimeOffset? CompletedAt);
