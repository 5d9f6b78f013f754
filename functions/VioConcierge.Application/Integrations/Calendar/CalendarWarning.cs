namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>Something about a saved set-up the admin should know although it is allowed.</summary>
public sealed record CalendarWarning(string Code, string Message)
{
    public static readonly CalendarWarning UnsignedWebhooks = new("webhook_unsigned",
        "No webhook secret is stored: Cal.com sends unsigned booking events, and they are accepted as they are. "
        + "Set a secret in Cal.com's webhook and here so that only Cal.com can create contacts.");
}
