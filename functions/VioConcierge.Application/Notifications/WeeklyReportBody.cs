using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Notifications;

/// <summary>The weekly performance report email: on or off, the day and the local time (HH:mm, tenant's zone) it is sent at.</summary>
public sealed record WeeklyReportBody([property: Required] bool? Enabled, [property: Required] DayOfWeek? Day, [property: Required] string? Time);
