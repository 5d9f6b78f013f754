namespace VioConcierge.Application.Notifications;

/// <summary>Settings of users' notifications (section <c>Notifications</c>; emails link to the console of <c>Console:BaseUrl</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>How long a feed item is kept: older ones are purged by a nightly timer (seed: 90 days).</summary>
    public TimeSpan FeedRetention { get; set; } = TimeSpan.FromDays(90);
}
