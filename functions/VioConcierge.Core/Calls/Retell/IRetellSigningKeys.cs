namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// The keys a Retell webhook may be signed with: for a tenant (named by the call's metadata), the key its calls are
/// placed with (its own, else the platform's); without one, the platform key.
/// </summary>
public interface IRetellSigningKeys
{
    Task<IReadOnlyList<string>> KeysForAsync(Guid? tenantId, CancellationToken cancellationToken);
}
