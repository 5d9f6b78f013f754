namespace VioConcierge.Application.Notifications;

/// <summary>Settings of users' notifications (section <c>Notifications</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>
    /// The web console's address: notification emails link to its pages (the feed items carry the path alone). The
    /// default is where a static web app is served locally (the Static Web Apps CLI's port).
    /// </summary>
    public Uri ConsoleUrl { get; set; } = new("http://localhost:4280");

    /// <summary>How long a feed item is kept: older ones are purged by a daily timer (seed: 90 days).</summary>
    public TimeSpan FeedRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The console address of <paramref name="path"/> (a path starting with <c>/</c>).</summary>
    public string Link(string path) => ConsoleUrl.GetLeftPart(UriPartial.Authority) + ConsoleUrl.AbsolutePath.TrimEnd('/') + path;
}
