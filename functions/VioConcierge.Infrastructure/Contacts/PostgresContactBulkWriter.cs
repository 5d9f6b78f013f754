using System.Globalization;
using Npgsql;
using NpgsqlTypes;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// Writes many contacts with one statement each way (<c>INSERT ... SELECT FROM unnest(...)</c> and
/// <c>UPDATE ... FROM unnest(...)</c>), in the caller's transaction. COPY is not an option: PostgreSQL refuses
/// <c>COPY FROM</c> into tables with row-level security. Array columns travel as array literals, cast per row.
/// </summary>
public sealed class PostgresContactBulkWriter : IContactBulkWriter
{
    private const string Unnest = """
        unnest(@Ids, @Names, @Phones, @PhoneDigits, @Emails, @AppointmentAts, @Timezones, @CallBeforeHours, @CallDueAts,
               @Notes, @AppointmentTypes, @OwnerNames, @CompanyNames, @DurationMinutes, @SpecialInstructions,
               @BookingSources, @Priorities, @ContactMethods, @PhiFlags, @PrivateSearch, @Versions)
        AS u(id, name, phone, phone_digits, email, appointment_at, timezone, call_before_hours, call_due_at, notes,
             appointment_type, owner_name, company_name, duration_minutes, special_instructions, booking_source, priority,
             preferred_contact_method, phi_flags, private_search, expected_version)
        """;

    /// <summary>Live contacts of the tenant with one of these E.164 phones or (case-insensitive) emails.</summary>
    public async Task<IReadOnlyList<ContactRow>> FindMatchesAsync(IUnitOfWork uow, IReadOnlyCollection<string> phones, IReadOnlyCollection<string> emails, CancellationToken ct) =>
        phones.Count == 0 && emails.Count == 0
            ? []
            : (await uow.QueryAsync<ContactRow>($"""
                SELECT {PostgresContactStore.SelectColumns} FROM contacts c
                WHERE c.tenant_id = @TenantId AND c.deleted_at IS NULL
                  AND (c.phone = ANY(@Phones) OR lower(c.email) = ANY(@Emails))
                ORDER BY c.created_at, c.id
                """, new { uow.TenantId, Phones = phones.ToArray(), Emails = emails.Select(e => e.ToLowerInvariant()).ToArray() }, ct)).ToList();

    public async Task InsertAsync(IUnitOfWork uow, IReadOnlyList<ContactRow> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return;
        }
        await using var command = Command(uow, $"""
            INSERT INTO contacts (tenant_id, id, name, phone, phone_digits, email, appointment_at, timezone, call_before_hours,
                call_due_at, notes, appointment_type, owner_name, company_name, duration_minutes, special_instructions,
                booking_source, priority, preferred_contact_method, phi_flags, private_search, created_by, created_at, updated_at)
            SELECT @TenantId, u.id, u.name, u.phone, u.phone_digits, u.email, u.appointment_at, u.timezone, u.call_before_hours,
                u.call_due_at, u.notes, u.appointment_type, u.owner_name, u.company_name, u.duration_minutes, u.special_instructions,
                u.booking_source, u.priority, u.preferred_contact_method, CAST(u.phi_flags AS text[]), CAST(u.private_search AS integer[]),
                @CreatedBy, @Now, @Now
            FROM {Unnest}
            """, rows, rows.Select(_ => 1));
        command.Parameters.AddWithValue("CreatedBy", NpgsqlDbType.Uuid, (object?)rows[0].CreatedBy ?? DBNull.Value);
        command.Parameters.AddWithValue("Now", rows[0].CreatedAt);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Updates each contact still at its expected version; returns the ids actually updated.</summary>
    public async Task<IReadOnlySet<Guid>> UpdateAsync(IUnitOfWork uow, IReadOnlyList<(ContactRow Row, int ExpectedVersion)> updates, DateTimeOffset now, CancellationToken ct)
    {
        if (updates.Count == 0)
        {
            return new HashSet<Guid>();
        }
        await using var command = Command(uow, $"""
            UPDATE contacts c SET name = u.name, phone = u.phone, phone_digits = u.phone_digits, email = u.email,
                appointment_at = u.appointment_at, timezone = u.timezone, call_before_hours = u.call_before_hours,
                call_due_at = u.call_due_at, notes = u.notes, appointment_type = u.appointment_type, owner_name = u.owner_name,
                company_name = u.company_name, duration_minutes = u.duration_minutes, special_instructions = u.special_instructions,
                booking_source = u.booking_source, priority = u.priority, preferred_contact_method = u.preferred_contact_method,
                phi_flags = CAST(u.phi_flags AS text[]), private_search = CAST(u.private_search AS integer[]),
                updated_at = @Now, version = c.version + 1
            FROM {Unnest}
            WHERE c.tenant_id = @TenantId AND c.id = u.id AND c.version = u.expected_version AND c.deleted_at IS NULL
            RETURNING c.id
            """, updates.Select(u => u.Row).ToList(), updates.Select(u => u.ExpectedVersion));
        command.Parameters.AddWithValue("Now", now);
        var updated = new HashSet<Guid>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            updated.Add(reader.GetGuid(0));
        }
        return updated;
    }

    private static NpgsqlCommand Command(IUnitOfWork uow, string sql, IReadOnlyList<ContactRow> rows, IEnumerable<int> versions)
    {
        var command = new NpgsqlCommand(sql, uow.Connection(), uow.Transaction());
        var p = command.Parameters;
        p.AddWithValue("TenantId", uow.TenantId!.Value);
        p.AddWithValue("Ids", rows.Select(r => r.Id).ToArray());
        Text(p, "Names", rows.Select(r => r.Name));
        Text(p, "Phones", rows.Select(r => r.Phone));
        Text(p, "PhoneDigits", rows.Select(r => r.PhoneDigits));
        Text(p, "Emails", rows.Select(r => r.Email));
        p.AddWithValue("AppointmentAts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, rows.Select(r => (DateTime?)r.AppointmentAt?.UtcDateTime).ToArray());
        Text(p, "Timezones", rows.Select(r => r.Timezone));
        p.AddWithValue("CallBeforeHours", rows.Select(r => r.CallBeforeHours).ToArray());
        p.AddWithValue("CallDueAts", NpgsqlDbType.Array | NpgsqlDbType.TimestampTz, rows.Select(r => (DateTime?)r.CallDueAt?.UtcDateTime).ToArray());
        Text(p, "Notes", rows.Select(r => r.Notes));
        Text(p, "AppointmentTypes", rows.Select(r => r.AppointmentType));
        Text(p, "OwnerNames", rows.Select(r => r.OwnerName));
        Text(p, "CompanyNames", rows.Select(r => r.CompanyName));
        p.AddWithValue("DurationMinutes", NpgsqlDbType.Array | NpgsqlDbType.Integer, rows.Select(r => r.DurationMinutes).ToArray());
        Text(p, "SpecialInstructions", rows.Select(r => r.SpecialInstructions));
        Text(p, "BookingSources", rows.Select(r => r.BookingSource));
        Text(p, "Priorities", rows.Select(r => r.Priority));
        Text(p, "ContactMethods", rows.Select(r => r.PreferredContactMethod));
        Text(p, "PhiFlags", rows.Select(r => ArrayLiteral(r.PhiFlags.Select(flag => $"\"{flag}\""))));
        Text(p, "PrivateSearch", rows.Select(r => ArrayLiteral(r.PrivateSearch.Select(hash => hash.ToString(CultureInfo.InvariantCulture)))));
        p.AddWithValue("Versions", versions.ToArray());
        return command;
    }

    private static void Text(NpgsqlParameterCollection parameters, string name, IEnumerable<string?> values) =>
        parameters.AddWithValue(name, NpgsqlDbType.Array | NpgsqlDbType.Text, values.ToArray());

    private static string ArrayLiteral(IEnumerable<string> items) => "{" + string.Join(',', items) + "}";
}
