namespace VioConcierge.Core.Contacts;

public enum ContactSort
{
    Created,
    Name,
    Status,
    Appointment,
    Attempts,
}
