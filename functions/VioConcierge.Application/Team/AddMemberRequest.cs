using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Team;

/// <summary>
/// POST /api/team: a new member, who sets their own password through the welcome email's single-use link
/// (<see cref="SendWelcomeEmail"/> defaults to true; without it, a password reset sends them a link later).
/// </summary>
public sealed record AddMemberRequest(
    [property: Required] string? FullName,
    [property: Required] string? Email,
    [property: Required] string? Role,
    string? JobTitle,
    bool SendWelcomeEmail = true);
