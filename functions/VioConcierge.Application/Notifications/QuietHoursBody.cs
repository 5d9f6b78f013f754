using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Quiet hours in the tenant's zone (HH:mm; may run past midnight): an alert email due inside them is sent when they
/// end. In-app items arrive at once.
/// </summary>
public sealed record QuietHoursBody([property: Required] bool? Enabled, [property: Required] string? Start, [property: Required] string? End);
