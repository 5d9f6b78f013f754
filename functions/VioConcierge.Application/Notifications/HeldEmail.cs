using VioConcierge.Application.Email;

namespace VioConcierge.Application.Notifications;

/// <summary>An alert email waiting for its recipient's quiet hours to end, with the key that sends it once.</summary>
public sealed record HeldEmail(Guid UserId, EmailMessage Message, string DedupeKey);
