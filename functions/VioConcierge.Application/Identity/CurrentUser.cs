using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// The authenticated caller, read by the host from the access token and its session. The tenant a use case works in
/// always comes from here, never from the request.
/// </summary>
public sealed record CurrentUser(Guid UserId, Guid SessionId, Guid? TenantId, Role Role, string? ClientIp);
