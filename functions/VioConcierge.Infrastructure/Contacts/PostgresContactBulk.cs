using Dapper;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>Set-based changes to many contacts of the transaction's tenant at once (bulk actions).</summary>
public sealed class PostgresContactBulk(ContactListSql sql) : IContactBulk
{
    /// <summary>Locks and returns the live contacts the query selects, at most <paramref name="max"/> + 1 of them.</summary>
    public async Task<IReadOnlyList<Guid>> LockTargetsAsync(IUnitOfWork uow, ContactListQuery query, int max, DateTimeOffset now, CancellationToken ct)
    {
        var (where, parameters) = sql.Filter(query, uow.TenantId!.Value, now);
        parameters.Add("Max", max + 1);
        return (await uow.QueryAsync<Guid>($"SELECT c.id FROM contacts c WHERE {where} ORDER BY c.id LIMIT @Max FOR UPDATE", parameters, ct)).ToList();
    }

    /// <summary>Sets the status of those not already in it; returns each changed contact with its previous status.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Before)>> SetStatusAsync(
        IUnitOfWork uow, IReadOnlyList<Guid> ids, string status, string? reason, DateTimeOffset now, CancellationToken ct) =>
        (await uow.QueryAsync<(Guid, string)>("""
            WITH old AS (
                SELECT id, status FROM contacts
                WHERE tenant_id = @TenantId AND id = ANY(@Ids) AND deleted_at IS NULL AND status <> @Status)
            UPDATE contacts c SET status = @Status, status_reason = @Reason, updated_at = @Now, version = c.version + 1
            FROM old WHERE c.tenant_id = @TenantId AND c.id = old.id
            RETURNING c.id, old.status
            """, new { uow.TenantId, Ids = ids.ToArray(), Status = status, Reason = reason, Now = now }, ct)).ToList();

    public async Task<IReadOnlyList<Guid>> SoftDeleteAsync(IUnitOfWork uow, IReadOnlyList<Guid> ids, DateTimeOffset now, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            UPDATE contacts SET deleted_at = @Now, updated_at = @Now, version = version + 1
            WHERE tenant_id = @TenantId AND id = ANY(@Ids) AND deleted_at IS NULL
            RETURNING id
            """, new { uow.TenantId, Ids = ids.ToArray(), Now = now }, ct)).ToList();

    /// <summary>Adds every contact to every group; returns the (contact, group) pairs actually added.</summary>
    public async Task<IReadOnlyList<(Guid ContactId, Guid GroupId)>> AddToGroupsAsync(
        IUnitOfWork uow, IReadOnlyList<Guid> ids, IReadOnlyList<Guid> groupIds, Guid? by, DateTimeOffset now, CancellationToken ct) =>
        (await uow.QueryAsync<(Guid, Guid)>("""
            INSERT INTO contact_group_members (tenant_id, group_id, contact_id, added_at, added_by)
            SELECT @TenantId, g, c, @Now, @By FROM unnest(@Groups) AS g CROSS JOIN unnest(@Ids) AS c
            ON CONFLICT DO NOTHING
            RETURNING contact_id, group_id
            """, new { uow.TenantId, Ids = ids.ToArray(), Groups = groupIds.ToArray(), By = by, Now = now }, ct)).ToList();

    /// <summary>
    /// Removes the contacts from the given groups, or from every group not in <paramref name="keep"/> when
    /// <paramref name="groupIds"/> is null (replace). Returns the pairs removed.
    /// </summary>
    public async Task<IReadOnlyList<(Guid ContactId, Guid GroupId)>> RemoveFromGroupsAsync(
        IUnitOfWork uow, IReadOnlyList<Guid> ids, IReadOnlyList<Guid>? groupIds, IReadOnlyList<Guid> keep, CancellationToken ct) =>
        (await uow.QueryAsync<(Guid, Guid)>("""
            DELETE FROM contact_group_members
            WHERE tenant_id = @TenantId AND contact_id = ANY(@Ids)
              AND (@Groups::uuid[] IS NULL OR group_id = ANY(@Groups))
              AND NOT (group_id = ANY(@Keep))
            RETURNING contact_id, group_id
            """, new { uow.TenantId, Ids = ids.ToArray(), Groups = groupIds?.ToArray(), Keep = keep.ToArray() }, ct)).ToList();
}
