namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// The keys a Retell webhook may be signed with: the tenant's own API key when the call's metadata names a tenant
/// that has one, then the platform key.
/// </summary>
public interface IRetellSigningKeys
{
    Task<IReadOnlyList<string>> KeysForAsync(Guid? tenantId, CancellationToken cancellationToken);
}
