namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// The provider's identity of one delivery, for deduplication: Cal.com <c>triggerEvent</c> + <c>payload.uid</c> +
/// <c>createdAt</c>; Calendly <c>event</c> + the invitee <c>uri</c>. A repeated delivery has the same identity.
/// </summary>
public sealed record BookingReceipt(string Event, string EventKey);
