namespace VioConcierge.Infrastructure.Webhooks;

/// <summary>One provider event to record: its identity (<paramref name="EventKey"/> + <paramref name="Event"/>) and the call session it names.</summary>
public sealed record WebhookReceipt(string Provider, string EventKey, string Event, Guid CallSessionId);
