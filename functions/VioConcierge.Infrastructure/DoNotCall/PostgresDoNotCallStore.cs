using VioConcierge.Application.Abstractions;
using VioConcierge.Application.DoNotCall;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.DoNotCall;

/// <summary>The do-not-call list of the transaction's tenant.</summary>
public sealed class PostgresDoNotCallStore : IDoNotCallStore
{
    public async Task<IReadOnlyList<DoNotCallEntry>> ListAsync(IUnitOfWork uow, CancellationToken ct) =>
        (await uow.QueryAsync<DoNotCallEntry>(
            "SELECT phone, reason, created_at FROM do_not_call WHERE tenant_id = @TenantId ORDER BY created_at DESC", new { uow.TenantId }, ct)).ToArray();

    public async Task<bool> AddAsync(IUnitOfWork uow, string phone, string? reason, Guid addedBy, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            INSERT INTO do_not_call (tenant_id, phone, reason, created_by, created_at) VALUES (@TenantId, @Phone, @Reason, @By, @Now)
            ON CONFLICT DO NOTHING
            """, new { uow.TenantId, Phone = phone, Reason = reason, By = addedBy, Now = now }, ct) > 0;

    public async Task<bool> RemoveAsync(IUnitOfWork uow, string phone, CancellationToken ct) =>
        await uow.ExecuteAsync("DELETE FROM do_not_call WHERE tenant_id = @TenantId AND phone = @Phone", new { uow.TenantId, Phone = phone }, ct) > 0;
}
