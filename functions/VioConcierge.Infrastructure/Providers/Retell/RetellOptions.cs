using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Retell AI (section <c>Retell</c>). <see cref="ApiKey"/> is the platform's key, used by tenants without their own
/// (a secret: Key Vault reference in Azure, local.settings.json locally).
/// </summary>
public sealed class RetellOptions
{
    public const string SectionName = "Retell";

    [Required]
    [Url]
    public string BaseUrl { get; set; } = "https://api.retellai.com";

    public string? ApiKey { get; set; }

    /// <summary>How long to wait for create-phone-call (the official SDK's 120 s). It is never retried.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:10:00")]
    public TimeSpan CreateCallTimeout { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>How long to wait for get-call and stop-call.</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a tenant's effective API key is cached in memory (webhook verification reads it per delivery).</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan KeyCacheDuration { get; set; } = TimeSpan.FromMinutes(1);
}
