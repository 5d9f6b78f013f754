namespace VioConcierge.Application.Campaigns;

/// <summary>Start a campaign over a group: calls paced <see cref="IntervalMinutes"/> apart (1 to 60, default 2).</summary>
public sealed record CampaignRequest(int? IntervalMinutes);
