namespace VioConcierge.Application.Campaigns;

/// <summary>
/// What a campaign's orchestration does after a step: wait until <see cref="At"/> (the app's clock) while running,
/// wait for a change while paused, or end (completed, cancelled or gone).
/// </summary>
public sealed record CampaignNextStep(string Status, DateTimeOffset? At)
{
    public static readonly CampaignNextStep Ended = new("ended", null);
    public static readonly CampaignNextStep Paused = new("paused", null);

    public static CampaignNextStep RunningUntil(DateTimeOffset at) => new("running", at);
}
