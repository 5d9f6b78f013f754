using VioConcierge.Application.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>One live sign-in session of the caller; <see cref="Current"/> marks the one making the request.</summary>
public sealed record SessionResponse(Guid Id, DateTimeOffset CreatedAt, DateTimeOffset LastSeenAt, string? ClientIp, string? UserAgent, bool Current)
{
    public static SessionResponse From(SessionRow session, Guid currentSessionId) =>
        new(session.Id, session.CreatedAt, session.LastSeenAt, session.ClientIp, session.UserAgent, session.Id == currentSessionId);
}
