namespace VioConcierge.Application.Webhooks;

/// <summary>
/// One provider event to record: its identity (<paramref name="EventKey"/> + <paramref name="Event"/>) and the call
/// session it names (<see cref="Guid.Empty"/> for events about no call: calendar bookings).
/// </summary>
public sealed record WebhookReceipt(string Provider, string EventKey, string Event, Guid CallSessionId)
{
    public static WebhookReceipt Unbound(string provider, string eventKey, string @event) => new(provider, eventKey, @event, Guid.Empty);
}
