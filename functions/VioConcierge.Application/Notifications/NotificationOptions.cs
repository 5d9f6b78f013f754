namespace VioConcierge.Application.Notifications;

/// <summary>Settings of users' notifications (section <c>Notifications</c>; the console address is <c>Console:BaseUrl</c>).</summary>
public sealed class NotificationOptions
{
    public const string SectionName = "Notifications";

    /// <summary>The configuration key of the web console's address, which the account emails' links use too.</summary>
    public const string ConsoleUrlKey = "Console:BaseUrl";

    /// <summary>
    /// The web console's address (<see cref="ConsoleUrlKey"/>): notification emails link to its pages, feed items carry
    /// the path alone. Unset, a console served locally on this machine.
    /// </summary>
    public string ConsoleUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>How long a feed item is kept: older ones are purged by a nightly timer (seed: 90 days).</summary>
    public TimeSpan FeedRetention { get; set; } = TimeSpan.FromDays(90);

    /// <summary>The console address of <paramref name="path"/> (a path starting with <c>/</c>).</summary>
    public string Link(string path) => ConsoleUrl.TrimEnd('/') + path;
}
