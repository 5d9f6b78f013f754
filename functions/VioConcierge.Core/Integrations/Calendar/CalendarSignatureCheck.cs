namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>What checking a calendar provider's webhook signature found.</summary>
public enum CalendarSignatureCheck
{
    Valid,

    /// <summary>Cal.com's <c>no-secret-provided</c>: the sender has no secret, so the body is not signed at all.</summary>
    Unsigned,

    /// <summary>The header is missing or not in the provider's format.</summary>
    Malformed,

    /// <summary>The signed timestamp is further from now than the provider's tolerance (Calendly only).</summary>
    OutsideWindow,

    Mismatch,
}
