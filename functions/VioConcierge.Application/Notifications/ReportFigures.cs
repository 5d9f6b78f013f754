namespace VioConcierge.Application.Notifications;

/// <summary>
/// A period's calls (sessions started in it): placed (handed to the voice provider), and of those confirmed, cancelled,
/// reschedule requested, and not answered (no answer, busy, voicemail) or failed.
/// </summary>
public sealed record ReportFigures(long Placed, long Confirmed, long Cancelled, long RescheduleRequests, long NoAnswerOrFailed);
