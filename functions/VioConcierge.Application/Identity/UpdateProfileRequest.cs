namespace VioConcierge.Application.Identity;

/// <summary>
/// PATCH /api/me: omitted fields stay as they are (an empty phone clears it); <see cref="Version"/> (or If-Match)
/// guards against lost updates. A new <see cref="Email"/> takes effect only when the link sent to it is used.
/// </summary>
public sealed record UpdateProfileRequest(string? FullName, string? JobTitle, string? Phone = null, string? Email = null, int? Version = null);
