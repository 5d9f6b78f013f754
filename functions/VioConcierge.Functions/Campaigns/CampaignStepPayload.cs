namespace VioConcierge.Functions.Campaigns;

public sealed record CampaignStepPayload(Guid CampaignId, int Seq);
