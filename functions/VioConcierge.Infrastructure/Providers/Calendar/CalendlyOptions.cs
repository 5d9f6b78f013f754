namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>Calendly's API v2 (section <c>Calendly</c>).</summary>
public sealed class CalendlyOptions() : CalendarApiOptions("https://api.calendly.com")
{
    public const string SectionName = "Calendly";
}
