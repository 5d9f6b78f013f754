using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Integrations;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Secrets;

/// <summary>
/// The local <see cref="ISecretStore"/> (<c>Secrets:Store = Database</c>): one row per tenant and name in
/// <c>tenant_secrets</c>, AES-256-GCM encrypted with the active key of <c>Encryption:*</c> and bound to the tenant
/// and name, so a value copied to another row does not decrypt. Values on an older key still read while that key
/// stays listed; <see cref="RewrapAsync"/> moves them to the active key.
/// </summary>
public sealed class PostgresSecretStore(Database database, FieldProtector protector, TimeProvider time) : ISecretStore
{
    public async Task<string?> GetAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        SecretNames.EnsureValid(name);
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        var stored = await uow.QuerySingleOrDefaultAsync<string>(
            "SELECT ciphertext FROM tenant_secrets WHERE tenant_id = @TenantId AND name = @Name",
            new { TenantId = tenantId, Name = name }, cancellationToken);
        return stored is null ? null : protector.Unprotect(stored, Purpose(tenantId, name));
    }

    public async Task SetAsync(Guid tenantId, string name, string value, CancellationToken cancellationToken)
    {
        SecretNames.EnsureValid(name);
        ArgumentException.ThrowIfNullOrEmpty(value);
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        await WriteAsync(uow, tenantId, name, value, cancellationToken);
        await uow.CommitAsync(cancellationToken);
    }

    public async Task<bool> DeleteAsync(Guid tenantId, string name, CancellationToken cancellationToken)
    {
        SecretNames.EnsureValid(name);
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        var deleted = await uow.ExecuteAsync("DELETE FROM tenant_secrets WHERE tenant_id = @TenantId AND name = @Name",
            new { TenantId = tenantId, Name = name }, cancellationToken);
        await uow.CommitAsync(cancellationToken);
        return deleted > 0;
    }

    /// <summary>Re-encrypts the tenant's secrets still on an older key with the active key; returns how many.</summary>
    public async Task<int> RewrapAsync(Guid tenantId, CancellationToken cancellationToken)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, cancellationToken);
        var stale = await uow.QueryAsync<(string Name, string Ciphertext)>(
            "SELECT name, ciphertext FROM tenant_secrets WHERE tenant_id = @TenantId AND key_id <> @KeyId FOR UPDATE",
            new { TenantId = tenantId, KeyId = protector.ActiveKeyId }, cancellationToken);
        var count = 0;
        foreach (var (name, ciphertext) in stale)
        {
            await WriteAsync(uow, tenantId, name, protector.Unprotect(ciphertext, Purpose(tenantId, name)), cancellationToken);
            count++;
        }
        await uow.CommitAsync(cancellationToken);
        return count;
    }

    private Task WriteAsync(IUnitOfWork uow, Guid tenantId, string name, string value, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        return uow.ExecuteAsync("""
            INSERT INTO tenant_secrets (tenant_id, name, ciphertext, key_id, created_at, updated_at)
            VALUES (@TenantId, @Name, @Ciphertext, @KeyId, @Now, @Now)
            ON CONFLICT (tenant_id, name) DO UPDATE
                SET ciphertext = excluded.ciphertext, key_id = excluded.key_id, updated_at = excluded.updated_at
            """, new
        {
            TenantId = tenantId,
            Name = name,
            Ciphertext = protector.Protect(value, Purpose(tenantId, name)),
            KeyId = protector.ActiveKeyId,
            Now = now,
        }, ct);
    }

    private static string Purpose(Guid tenantId, string name) => $"secret:{tenantId:N}:{name}";
}
