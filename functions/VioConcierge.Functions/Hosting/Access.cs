using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Who may call an HTTP function. Every HTTP function declares exactly one of these (an architecture test holds it);
/// <see cref="Middleware.AccessMiddleware"/> enforces it before the function runs.
/// </summary>
public abstract class AccessAttribute : Attribute;

/// <summary>No sign-in: sign-in itself, provider webhooks (they verify their own signatures), health and the API document.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AnonymousAttribute : AccessAttribute;

/// <summary>Any signed-in user, even one whose two-factor enrolment is still pending (their own account and 2FA set-up).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SignedInAttribute : AccessAttribute;

/// <summary>A signed-in user who has satisfied two-factor where their role requires it.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FullAccessAttribute : AccessAttribute;

/// <summary>A signed-in user with full access whose role holds <see cref="Permission"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequirePermissionAttribute(Permission permission) : AccessAttribute
{
    public Permission Permission { get; } = permission;
}

/// <summary>The function's requests count against the named per-client rate limit (see <see cref="Middleware.RateLimitMiddleware"/>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RateLimitedAttribute(string policy) : Attribute
{
    public string Policy { get; } = policy;
}

/// <summary>The largest request body the function takes, when it differs from the host default (<c>Host:MaxRequestBodyBytes</c>).</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BodyLimitAttribute(long bytes) : Attribute
{
    public long Bytes { get; } = bytes;
}
