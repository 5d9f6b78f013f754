namespace VioConcierge.Application.Campaigns;

/// <summary>The campaign whose orchestration is to be started, or told that the campaign changed.</summary>
public sealed record CampaignSignalPayload(Guid CampaignId);
