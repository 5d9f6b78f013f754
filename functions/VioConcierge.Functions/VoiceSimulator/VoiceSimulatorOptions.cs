using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>
/// The local voice simulator (<c>Voice:Provider = Simulator</c>): how long after placing a call it "answers"
/// (<see cref="Delay"/>), how long the call lasts (<see cref="CallDuration"/>) and where it posts the webhooks
/// (<see cref="WebhookUrl"/>; by default this app's own <c>/api/webhooks/retell</c> on <c>WEBSITE_HOSTNAME</c>).
/// </summary>
public sealed class VoiceSimulatorOptions
{
    public const string SectionName = "Voice:Simulator";

    /// <summary>The app setting holding the host name (and port) the app is served on, set by the Functions host.</summary>
    public const string HostNameSetting = "WEBSITE_HOSTNAME";

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan Delay { get; set; } = TimeSpan.FromSeconds(3);

    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan CallDuration { get; set; } = TimeSpan.FromSeconds(5);

    [Url]
    public string? WebhookUrl { get; set; }
}
