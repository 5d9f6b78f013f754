namespace VioConcierge.Core.Contacts;

/// <summary>Appointment status of a contact (seed 001).</summary>
public static class ContactStatus
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Cancelled = "cancelled";
    public const string Rescheduled = "rescheduled";

    public static readonly IReadOnlyList<string> All = [Pending, Confirmed, Cancelled, Rescheduled];

    /// <summary>What a bulk status change may set (seed 001 bulk_status_update.target_statuses): never back to pending.</summary>
    public static readonly IReadOnlyList<string> BulkTargets = [Confirmed, Cancelled, Rescheduled];

    public static bool IsValid(string? value) => value is not null && All.Contains(value);
}
