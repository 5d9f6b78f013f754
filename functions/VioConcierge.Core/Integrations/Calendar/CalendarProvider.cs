namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>A booking calendar a tenant can connect; its name (<see cref="CalendarProviders"/>) is the route segment.</summary>
public enum CalendarProvider
{
    CalCom,
    Calendly,
}
