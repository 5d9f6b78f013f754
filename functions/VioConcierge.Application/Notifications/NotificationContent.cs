namespace VioConcierge.Application.Notifications;

/// <summary>What one event says, the same in the feed and in email: type, severity, title, message and the console path it leads to.</summary>
public sealed record NotificationContent(string Type, string Severity, string Title, string Message, string ActionPath);
