namespace VioConcierge.Application.Team;

/// <summary>
/// GET /api/team: <c>status</c> (active, invited, deactivated), <c>role</c> (client_admin, client_user), <c>q</c>
/// (part of a name or email), <c>sort</c> (name, email, role, lastLogin, created; default name) with <c>order</c>
/// (asc, desc), and paging.
/// </summary>
public sealed record TeamListRequest(
    string? Status = null,
    string? Role = null,
    string? Q = null,
    string? Sort = null,
    string? Order = null,
    int? Limit = null,
    string? Cursor = null);
