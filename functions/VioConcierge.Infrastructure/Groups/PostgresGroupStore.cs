using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Groups;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Groups;

/// <summary>Contact groups of the transaction's tenant and their memberships.</summary>
public sealed class PostgresGroupStore : IGroupStore
{
    private const string Select = """
        SELECT g.tenant_id, g.id, g.name, g.description, g.colour, g.created_at, g.updated_at, g.version,
               (SELECT count(*) FROM contact_group_members m JOIN contacts c ON c.tenant_id = m.tenant_id AND c.id = m.contact_id
                WHERE m.tenant_id = g.tenant_id AND m.group_id = g.id AND c.deleted_at IS NULL) AS member_count
        FROM contact_groups g
        """;

    public Task<IEnumerable<GroupRow>> ListAsync(IUnitOfWork uow, CancellationToken ct) =>
        uow.QueryAsync<GroupRow>($"{Select} WHERE g.tenant_id = @TenantId ORDER BY lower(g.name)", new { uow.TenantId }, ct);

    public Task<GroupRow?> FindAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<GroupRow>($"{Select} WHERE g.tenant_id = @TenantId AND g.id = @Id", new { uow.TenantId, Id = id }, ct);

    public Task<bool> NameTakenAsync(IUnitOfWork uow, string name, Guid? exceptId, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("""
            SELECT EXISTS (SELECT 1 FROM contact_groups WHERE tenant_id = @TenantId AND lower(name) = lower(@Name)
                           AND (@ExceptId::uuid IS NULL OR id <> @ExceptId))
            """, new { uow.TenantId, Name = name, ExceptId = exceptId }, ct);

    public Task InsertAsync(IUnitOfWork uow, GroupRow group, Guid? createdBy, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO contact_groups (tenant_id, id, name, description, colour, created_by, created_at, updated_at)
            VALUES (@TenantId, @Id, @Name, @Description, @Colour, @CreatedBy, @CreatedAt, @UpdatedAt)
            """, new { group.TenantId, group.Id, group.Name, group.Description, group.Colour, CreatedBy = createdBy, group.CreatedAt, group.UpdatedAt }, ct);

    public async Task<bool> UpdateAsync(IUnitOfWork uow, GroupRow group, int version, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE contact_groups SET name = @Name, description = @Description, colour = @Colour, updated_at = @UpdatedAt,
                                      version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id AND version = @Version
            """, new { group.TenantId, group.Id, group.Name, group.Description, group.Colour, group.UpdatedAt, Version = version }, ct) == 1;

    /// <summary>Deletes the group; its members stay, ungrouped.</summary>
    public async Task<bool> DeleteAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        await uow.ExecuteAsync("DELETE FROM contact_groups WHERE tenant_id = @TenantId AND id = @Id", new { uow.TenantId, Id = id }, ct) == 1;

    /// <summary>Adds live contacts of the tenant to the group; returns the ids actually added (already members skipped).</summary>
    public async Task<Guid[]> AddMembersAsync(IUnitOfWork uow, Guid groupId, IReadOnlyCollection<Guid> contactIds, Guid? addedBy, DateTimeOffset now, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            INSERT INTO contact_group_members (tenant_id, group_id, contact_id, added_at, added_by)
            SELECT c.tenant_id, @GroupId, c.id, @Now, @AddedBy FROM contacts c
            WHERE c.tenant_id = @TenantId AND c.id = ANY(@ContactIds) AND c.deleted_at IS NULL
            ON CONFLICT DO NOTHING
            RETURNING contact_id
            """, new { uow.TenantId, GroupId = groupId, ContactIds = contactIds.ToArray(), AddedBy = addedBy, Now = now }, ct)).ToArray();

    public async Task<Guid[]> RemoveMembersAsync(IUnitOfWork uow, Guid groupId, IReadOnlyCollection<Guid> contactIds, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("""
            DELETE FROM contact_group_members
            WHERE tenant_id = @TenantId AND group_id = @GroupId AND contact_id = ANY(@ContactIds)
            RETURNING contact_id
            """, new { uow.TenantId, GroupId = groupId, ContactIds = contactIds.ToArray() }, ct)).ToArray();

    /// <summary>The ids among <paramref name="groupIds"/> that are groups of the tenant.</summary>
    public async Task<Guid[]> ExistingAsync(IUnitOfWork uow, IReadOnlyCollection<Guid> groupIds, CancellationToken ct) =>
        (await uow.QueryAsync<Guid>("SELECT id FROM contact_groups WHERE tenant_id = @TenantId AND id = ANY(@Ids)",
            new { uow.TenantId, Ids = groupIds.ToArray() }, ct)).ToArray();
}
