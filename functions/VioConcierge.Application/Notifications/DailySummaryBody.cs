using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Notifications;

/// <summary>The daily activity summary email: on or off, and the local time (HH:mm, tenant's zone) it is sent at.</summary>
public sealed record DailySummaryBody([property: Required] bool? Enabled, [property: Required] string? Time);
