namespace VioConcierge.Core.Calls;

/// <summary>The provider accepted the call (with its id) or refused it for a reason the engine handles.</summary>
public sealed record PlaceCallResult(string? ProviderCallId, PlacementFailure? Failure, string? Detail = null)
{
    public bool Placed => ProviderCallId is not null;

    public static PlaceCallResult Ok(string providerCallId) => new(providerCallId, null);

    public static PlaceCallResult Failed(PlacementFailure failure, string? detail = null) => new(null, failure, detail);
}
