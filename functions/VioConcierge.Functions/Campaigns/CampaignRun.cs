namespace VioConcierge.Functions.Campaigns;

/// <summary>The input of a campaign's orchestration: which campaign, of which tenant.</summary>
public sealed record CampaignRun(Guid TenantId, Guid CampaignId)
{
    /// <summary>One instance per campaign: a second start finds it there.</summary>
    public string InstanceId => $"campaign:{CampaignId:N}";
}

/// <summary>
/// What a step tells the orchestration: <c>running</c> (wake at <see cref="WakeAt"/>, real UTC time, or at a change),
/// <c>paused</c> (wake at a change) or <c>ended</c>.
/// </summary>
public sealed record CampaignWake(string Status, DateTime? WakeAt);
