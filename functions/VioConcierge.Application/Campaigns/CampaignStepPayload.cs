namespace VioConcierge.Application.Campaigns;

public sealed record CampaignStepPayload(Guid CampaignId, int Seq);
