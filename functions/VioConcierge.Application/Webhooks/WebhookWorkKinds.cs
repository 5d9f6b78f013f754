namespace VioConcierge.Application.Webhooks;

/// <summary>The work item kinds of provider webhooks.</summary>
public static class WebhookWorkKinds
{
    public const string RetellEvent = "webhooks.retell";

    /// <summary>One recorded Cal.com or Calendly booking event, applied to the contacts.</summary>
    public const string CalendarBooking = "calendar.booking";
}
