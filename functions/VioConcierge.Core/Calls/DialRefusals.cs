namespace VioConcierge.Core.Calls;

/// <summary>
/// Why a call is not dialled now: the one set of codes the dialling gate, the limits, Call Now (its 422/429
/// <c>check</c>), campaigns (a skipped contact's reason) and call sessions (their error and timeline line) use.
/// </summary>
public static class DialRefusals
{
    /// <summary>The contact was deleted.</summary>
    public const string ContactDeleted = "contact_deleted";

    /// <summary>The contact opted out, or its number is on the tenant's do-not-call list.</summary>
    public const string DoNotCall = "do_not_call";

    /// <summary>The tenant is not active (paused by an operator or automatically, suspended, or terminated).</summary>
    public const string TenantNotActive = "tenant_not_active";

    /// <summary>The tenant's voice agent or caller number is not set up.</summary>
    public const string VoiceNotConfigured = "voice_not_configured";

    /// <summary>Now is outside the tenant's calling hours (window, weekends, holidays, closed dates).</summary>
    public const string OutsideCallingHours = "outside_calling_hours";

    /// <summary>The contact's number is not a valid UK number, or an earlier call found it invalid.</summary>
    public const string InvalidNumber = "invalid_number";

    /// <summary>The contact was called in the last 8 hours.</summary>
    public const string RecentCall = "recent_call";

    /// <summary>The contact has had the most manual (Call Now) calls allowed.</summary>
    public const string ManualCallLimit = "manual_call_limit";

    /// <summary>The tenant used its calls of the rolling 15-minute window.</summary>
    public const string RateLimited = "rate_limited";

    /// <summary>The tenant used its calls of the local day.</summary>
    public const string DailyLimit = "daily_limit";

    /// <summary>The tenant has as many calls in progress as it may.</summary>
    public const string ConcurrencyLimit = "concurrency_limit";

    /// <summary>The platform used its calls of the minute.</summary>
    public const string PlatformLimit = "platform_limit";
}
