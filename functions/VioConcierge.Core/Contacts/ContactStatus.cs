namespace VioConcierge.Core.Contacts;

/// <summary>Appointment status of a contact (seed 001).</summary>
public static class ContactStatus
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Cancelled = "cancelled";
    public const string Rescheduled = "rescheduled";

    public static readonly IReadOnlyList<string> All = [Pending, Confirmed, Cancelled, Rescheduled];

    public static bool IsValid(string? value) => value is not null && All.Contains(value);
}
