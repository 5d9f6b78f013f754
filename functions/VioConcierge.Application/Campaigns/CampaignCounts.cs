using VioConcierge.Core.Calls;

namespace VioConcierge.Application.Campaigns;

/// <summary>
/// A campaign's contacts so far: all of them, those done (called or skipped), those skipped, and of its calls that
/// ended, how many reached the customer (confirmed, cancelled or asked to reschedule).
/// </summary>
public sealed record CampaignCounts(int Total, int Done, int Skipped, int Reached, int Ended);
