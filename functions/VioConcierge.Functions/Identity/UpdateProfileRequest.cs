namespace VioConcierge.Functions.Identity;

/// <summary>PATCH /api/me: omitted fields stay as they are. Email changes need verification and are not accepted here.</summary>
public sealed record UpdateProfileRequest(string? FullName, string? JobTitle);
