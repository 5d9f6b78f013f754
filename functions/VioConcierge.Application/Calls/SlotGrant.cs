namespace VioConcierge.Application.Calls;

/// <summary>
/// Dialling slots asked for together, in order: the first <see cref="Granted"/> were taken; of the rest, those the
/// tenant's limits allowed but the platform's did not carry <see cref="PlatformRefusal"/>, the others
/// <see cref="TenantRefusal"/>.
/// </summary>
public sealed record SlotGrant(int Granted, int TenantGranted, LimitCheck? PlatformRefusal, LimitCheck? TenantRefusal)
{
    public LimitCheck For(int index) =>
        index < Granted ? LimitCheck.Ok : index < TenantGranted ? PlatformRefusal! : TenantRefusal!;
}
