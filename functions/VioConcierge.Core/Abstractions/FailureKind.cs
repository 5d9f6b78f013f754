namespace VioConcierge.Core.Abstractions;

/// <summary>The kinds of expected failure an operation reports; hosts map each to their protocol (HTTP: 400..429).</summary>
public enum FailureKind
{
    /// <summary>The input is not valid; <see cref="Failure.Errors"/> names each field.</summary>
    Invalid,

    /// <summary>The thing does not exist, or belongs to another tenant (never a hint which).</summary>
    NotFound,

    /// <summary>The thing changed meanwhile, or the name or number is taken.</summary>
    Conflict,

    /// <summary>The caller may not do this.</summary>
    Forbidden,

    /// <summary>A limit stops it for now; <see cref="Failure.RetryAt"/> says when to try again.</summary>
    TooManyRequests,

    /// <summary>The input is fine but the rules refuse it now; <see cref="Failure.Reason"/> names the rule.</summary>
    Unprocessable,
}
