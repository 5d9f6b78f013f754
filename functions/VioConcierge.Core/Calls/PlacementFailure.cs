namespace VioConcierge.Core.Calls;

/// <summary>Why a call could not be placed (Retell: 401, 402, 422/400, 429, 5xx; or no answer in time).</summary>
public enum PlacementFailure
{
    /// <summary>No provider, agent, caller id or API key for the tenant: nothing was sent.</summary>
    NotConfigured,

    /// <summary>The provider refused the credentials or set-up (401, 403, 404): wait for the tenant to fix it.</summary>
    Configuration,

    /// <summary>The provider account cannot place calls (402, e.g. no valid payment): wait and alert.</summary>
    Account,

    /// <summary>The provider refused this request (400, 422): counted as a failed attempt.</summary>
    InvalidRequest,

    /// <summary>The provider is at its concurrency limit (429): requeued soon, not counted.</summary>
    Capacity,

    /// <summary>The provider failed (5xx) or could not be reached: nothing was placed, a failed attempt.</summary>
    ProviderError,

    /// <summary>
    /// No answer in time, or the connection broke after the request was sent: the call MAY have been placed. Never
    /// dial again for this attempt; the call's webhook (its metadata names the call session) or the outcome check
    /// settles it.
    /// </summary>
    Timeout,
}
