namespace VioConcierge.Functions.Identity;

public sealed record RefreshRequest(string? RefreshToken);
