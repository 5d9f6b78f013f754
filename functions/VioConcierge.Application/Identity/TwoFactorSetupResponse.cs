namespace VioConcierge.Application.Identity;

/// <summary>The secret (base32) to type in, and the otpauth URI to show as a QR code.</summary>
public sealed record TwoFactorSetupResponse(string Secret, string OtpauthUri);
