using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>Contacts of the transaction's tenant: create, read, versioned update, soft delete and restore.</summary>
public sealed class PostgresContactStore : IContactStore
{
    private const string Columns = """
        c.tenant_id, c.id, c.name, c.phone, c.phone_digits, c.email, c.appointment_at, c.timezone, c.call_before_hours,
        c.call_due_at, c.status, c.status_reason, c.call_attempts, c.last_contact_at, c.last_call_outcome, c.notes, c.appointment_type,
        c.owner_name, c.company_name, c.duration_minutes, c.special_instructions, c.booking_source, c.external_id,
        c.location_id, c.priority, c.preferred_contact_method, c.phi_flags, c.created_by, c.created_at, c.updated_at,
        c.deleted_at, c.version,
        coalesce((SELECT array_agg(m.group_id ORDER BY m.group_id) FROM contact_group_members m
                  WHERE m.tenant_id = c.tenant_id AND m.contact_id = c.id), '{}') AS group_ids
        """;

    public static string SelectColumns => Columns;

    public Task InsertAsync(IUnitOfWork uow, ContactRow contact, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO contacts (tenant_id, id, name, phone, phone_digits, email, appointment_at, timezone, call_before_hours,
                call_due_at, status, notes, appointment_type, owner_name, company_name, duration_minutes, special_instructions,
                booking_source, external_id, location_id, priority, preferred_contact_method, phi_flags, private_search, created_by, created_at, updated_at)
            VALUES (@TenantId, @Id, @Name, @Phone, @PhoneDigits, @Email, @AppointmentAt, @Timezone, @CallBeforeHours,
                @CallDueAt, @Status, @Notes, @AppointmentType, @OwnerName, @CompanyName, @DurationMinutes, @SpecialInstructions,
                @BookingSource, @ExternalId, @LocationId, @Priority, @PreferredContactMethod, @PhiFlags, @PrivateSearch, @CreatedBy, @CreatedAt, @UpdatedAt)
            """, contact, ct);

    public Task<ContactRow?> FindAsync(IUnitOfWork uow, Guid id, bool includeDeleted, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ContactRow>(
            $"SELECT {Columns} FROM contacts c WHERE c.tenant_id = @TenantId AND c.id = @Id AND (@IncludeDeleted OR c.deleted_at IS NULL)",
            new { TenantId = uow.TenantId, Id = id, IncludeDeleted = includeDeleted }, ct);

    /// <summary>Saves every editable field if the row is still at <paramref name="version"/>; false otherwise.</summary>
    public async Task<bool> UpdateAsync(IUnitOfWork uow, ContactRow contact, int version, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE contacts SET name = @Name, phone = @Phone, phone_digits = @PhoneDigits, email = @Email,
                appointment_at = @AppointmentAt, timezone = @Timezone, call_before_hours = @CallBeforeHours,
                call_due_at = @CallDueAt, status = @Status, status_reason = @StatusReason, notes = @Notes,
                appointment_type = @AppointmentType, owner_name = @OwnerName, company_name = @CompanyName,
                duration_minutes = @DurationMinutes, special_instructions = @SpecialInstructions,
                booking_source = @BookingSource, location_id = @LocationId, priority = @Priority,
                preferred_contact_method = @PreferredContactMethod, phi_flags = @PhiFlags, private_search = @PrivateSearch,
                updated_at = @UpdatedAt,
                version = version + 1
            WHERE tenant_id = @TenantId AND id = @Id AND version = @ExpectedVersion AND deleted_at IS NULL
            """, WithExpectedVersion(contact, version), ct) == 1;

    public async Task<bool> SetDeletedAsync(IUnitOfWork uow, Guid id, DateTimeOffset? deletedAt, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync(deletedAt is null
            ? "UPDATE contacts SET deleted_at = NULL, updated_at = @Now, version = version + 1 WHERE tenant_id = @TenantId AND id = @Id AND deleted_at IS NOT NULL"
            : "UPDATE contacts SET deleted_at = @DeletedAt, updated_at = @Now, version = version + 1 WHERE tenant_id = @TenantId AND id = @Id AND deleted_at IS NULL",
            new { TenantId = uow.TenantId, Id = id, DeletedAt = deletedAt, Now = now }, ct) == 1;

    /// <summary>
    /// Whether another live contact of the tenant already uses this email. E-mails are stored as
    /// <c>EmailAddress</c> normalises them (lower-cased), and a plain comparison can use an index under row-level
    /// security where <c>lower(email)</c> cannot (lower() is not leakproof; see migration 0004).
    /// </summary>
    public Task<bool> EmailTakenAsync(IUnitOfWork uow, string email, Guid? exceptId, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("""
            SELECT EXISTS (SELECT 1 FROM contacts WHERE tenant_id = @TenantId AND email = @Email
                           AND deleted_at IS NULL AND (@ExceptId::uuid IS NULL OR id <> @ExceptId))
            """, new { TenantId = uow.TenantId, Email = email, ExceptId = exceptId }, ct);

    private static Dapper.DynamicParameters WithExpectedVersion(ContactRow contact, int version)
    {
        var parameters = new Dapper.DynamicParameters(contact);
        parameters.Add("ExpectedVersion", version);
        return parameters;
    }
}
