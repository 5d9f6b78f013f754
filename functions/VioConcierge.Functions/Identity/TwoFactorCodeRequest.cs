namespace VioConcierge.Functions.Identity;

public sealed record TwoFactorCodeRequest(string? Code);
