using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>What both calendar providers' API clients are configured with; tenants' keys live in the secret store.</summary>
public abstract class CalendarApiOptions(string defaultBaseUrl)
{
    [Required]
    [Url]
    public string BaseUrl { get; set; } = defaultBaseUrl;

    /// <summary>How long the connection test waits for each answer.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:01:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(10);
}
