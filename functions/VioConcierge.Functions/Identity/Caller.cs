using VioConcierge.Application.Identity;

namespace VioConcierge.Functions.Identity;

/// <summary>
/// The signed-in user of the invocation running in this scope, set by <see cref="Hosting.Middleware.AccessMiddleware"/>
/// once their token and session check out; functions that are not anonymous read it as <see cref="User"/>.
/// </summary>
public sealed class Caller
{
    private CurrentUser? _user;

    public CurrentUser User => _user ?? throw new InvalidOperationException("No signed-in caller: the function is anonymous or access was not checked.");

    public bool IsKnown => _user is not null;

    internal void SignedIn(CurrentUser user) => _user = user;
}
