namespace VioConcierge.Application.Team;

/// <summary>PATCH /api/team/{userId}: omitted fields stay as they are; <see cref="Version"/> (or If-Match) guards against lost updates.</summary>
public sealed record UpdateMemberRequest(string? FullName, string? JobTitle, string? Role, int? Version);
