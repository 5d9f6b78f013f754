using VioConcierge.Application.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>A contact's calls: the reminder's state, each call session, and every timeline line with its reason code.</summary>
public sealed record TimelineResponse(ReminderSummary? Reminder, IReadOnlyList<CallSessionResponse> Calls, IReadOnlyList<TimelineLine> Timeline);
