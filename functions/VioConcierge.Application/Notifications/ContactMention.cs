namespace VioConcierge.Application.Notifications;

/// <summary>
/// How a notification may name a contact: the name the voice agent may say on a call at the tenant's HIPAA level and
/// personalisation (often the first name only), and the appointment as local wall-clock text. Never notes or details.
/// </summary>
public sealed record ContactMention(Guid ContactId, string Name, string? Appointment);
