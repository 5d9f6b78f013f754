namespace VioConcierge.Application.Contacts;

/// <summary>What the sync needs to know about a contact to derive its reminder event.</summary>
public sealed class ContactReminderFacts
{
    public Guid Id { get; init; }
    public DateTimeOffset? AppointmentAt { get; init; }
    public int CallBeforeHours { get; init; }
    public string Status { get; init; } = "";
    public bool Deleted { get; init; }
    public bool DoNotCall { get; init; }
}
