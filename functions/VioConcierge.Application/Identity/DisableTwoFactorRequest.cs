namespace VioConcierge.Application.Identity;

public sealed record DisableTwoFactorRequest(string? Password, string? Code, string? BackupCode);
