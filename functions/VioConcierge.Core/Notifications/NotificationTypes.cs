using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Notifications;

/// <summary>
/// What a tenant's users are told about (seed 000 section 9), by wire name: a customer's answer on a call, a reminder
/// that ran out of attempts, an invalid number, a calendar booking that could not be imported, the tenant paused.
/// </summary>
public static class NotificationTypes
{
    public const string AppointmentConfirmed = "appointment_confirmed";
    public const string AppointmentCancelled = "appointment_cancelled";
    public const string RescheduleRequested = "reschedule_requested";
    public const string AttemptsExhausted = "attempts_exhausted";
    public const string InvalidNumber = "invalid_number";
    public const string CalendarImportFailed = "calendar_import_failed";
    public const string TenantPaused = "tenant_paused";

    public static readonly IReadOnlyList<string> All =
        [AppointmentConfirmed, AppointmentCancelled, RescheduleRequested, AttemptsExhausted, InvalidNumber, CalendarImportFailed, TenantPaused];

    /// <summary>The event a call's outcome is on its own (a customer's answer, an invalid number); null for the others.</summary>
    public static string? ForCallOutcome(CallOutcome outcome) => outcome switch
    {
        CallOutcome.Confirmed => AppointmentConfirmed,
        CallOutcome.Cancelled => AppointmentCancelled,
        CallOutcome.RescheduleRequested => RescheduleRequested,
        CallOutcome.InvalidNumber => InvalidNumber,
        _ => null,
    };

    /// <summary>The feed item's severity (seed 003: success, info, warning, error).</summary>
    public static string Severity(string type) => type switch
    {
        AppointmentConfirmed => "success",
        AppointmentCancelled or RescheduleRequested or CalendarImportFailed => "warning",
        AttemptsExhausted or InvalidNumber or TenantPaused => "error",
        _ => "info",
    };
}
