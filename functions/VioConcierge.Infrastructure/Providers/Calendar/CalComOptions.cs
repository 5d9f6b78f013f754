using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>Cal.com's API v2 (section <c>CalCom</c>).</summary>
public sealed class CalComOptions() : CalendarApiOptions("https://api.cal.com")
{
    public const string SectionName = "CalCom";

    /// <summary>The <c>cal-api-version</c> Cal.com's v2 event-type routes require.</summary>
    [Required]
    public string EventTypesApiVersion { get; set; } = "2024-06-14";
}
