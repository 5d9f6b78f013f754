using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Campaigns;

/// <summary>Settings of campaign orchestrations (section <c>Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string SectionName = "Campaigns";

    /// <summary>
    /// The longest a running campaign's orchestration sleeps before it reads the campaign again, even when its next
    /// step is later (a step outside calling hours can be days away). The tests shorten it, as their clock runs ahead
    /// of the task hub's.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "1.00:00:00")]
    public TimeSpan WakeEvery { get; set; } = TimeSpan.FromHours(1);
}
