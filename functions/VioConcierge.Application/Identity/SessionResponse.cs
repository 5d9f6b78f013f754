using VioConcierge.Core.Identity;
using VioConcierge.Application.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// One live sign-in session of the caller; <see cref="Current"/> marks the one making the request. <see cref="Device"/>
/// is read from the user agent ("Chrome on Windows"); <see cref="Location"/> is only the kind of network the client
/// address belongs to (no geolocation database is consulted, so a public address says just that).
/// </summary>
public sealed record SessionResponse(
    Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? ClientIp, string? UserAgent, string Device, string Location, bool Current)
{
    public static SessionResponse From(SessionRow session, Guid currentSessionId) =>
        new(session.Id, session.CreatedAt, session.LastSeenAt, session.ClientIp, session.UserAgent,
            UserAgentDevice.Describe(session.UserAgent), NetworkLocation.Describe(session.ClientIp), session.Id == currentSessionId);
}
