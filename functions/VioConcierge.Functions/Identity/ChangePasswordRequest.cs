namespace VioConcierge.Functions.Identity;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
