namespace VioConcierge.Core.Notifications;

/// <summary>
/// Something the tenant's users may want to hear of (<see cref="NotificationTypes"/>), as the work item that fans it
/// out carries it: the contact it is about, if any, and a detail code (a booking's failure reason and provider, why the
/// tenant was paused). Read from older <c>notifications.staff</c> items too, which named <c>kind</c> and <c>contactId</c>.
/// </summary>
public sealed record NotificationEvent(string Kind, Guid? ContactId = null, string? Detail = null);
