using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Identity;

/// <summary>Access-token settings (section <c>Auth</c>). The signing key is a secret: at least 32 bytes.</summary>
public sealed class AuthOptions
{
    public const string SectionName = "Auth";

    [Required, MinLength(32)]
    public string SigningKey { get; set; } = "";

    public string Issuer { get; set; } = "vioconcierge";

    public string Audience { get; set; } = "vioconcierge-console";

    [Range(1, 60)]
    public int AccessTokenMinutes { get; set; } = 15;
}
