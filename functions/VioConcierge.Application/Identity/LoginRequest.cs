using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

/// <summary>Login body: a TOTP code or a backup code is needed when the account has two-factor on.</summary>
public sealed record LoginRequest([property: Required] string? Email, [property: Required] string? Password, string? TotpCode, string? BackupCode);
