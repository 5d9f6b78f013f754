namespace VioConcierge.Application.Notifications;

/// <summary>How many unread items "mark all read" marked, and the unread count after it (0, unless new items arrived meanwhile).</summary>
public sealed record MarkedReadResponse(int Marked, long UnreadCount);
