namespace VioConcierge.Core.Calls;

/// <summary>Why a call could not be placed (Retell: 401, 402, 422, 429, 5xx; or a timeout).</summary>
public enum PlacementFailure
{
    NotConfigured,
    Configuration,
    Account,
    InvalidRequest,
    Capacity,
    ProviderError,
    Timeout,
}
