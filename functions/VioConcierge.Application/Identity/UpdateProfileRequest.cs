namespace VioConcierge.Application.Identity;

/// <summary>
/// PATCH /api/me: omitted fields stay as they are; <see cref="Version"/> (or If-Match) guards against lost updates.
/// Email changes need verification and are not accepted here.
/// </summary>
public sealed record UpdateProfileRequest(string? FullName, string? JobTitle, int? Version);
