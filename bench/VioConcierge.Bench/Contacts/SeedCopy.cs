using Npgsql;
using NpgsqlTypes;

namespace VioConcierge.Bench.Contacts;

/// <summary>Binary COPY of generated rows into the staging tables of <see cref="SeedSql"/>.</summary>
public static class SeedCopy
{
    public static async Task ContactsAsync(NpgsqlConnection connection, IEnumerable<SeedContact> contacts, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY seed_contacts ({SeedSql.ContactColumns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var c in contacts)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(c.TenantId, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(c.Id, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(c.Name, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.Phone, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.PhoneDigits, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.Email, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.AppointmentAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(c.CallBeforeHours, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(c.CallDueAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(c.Status, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.CallAttempts, NpgsqlDbType.Integer, ct);
            await WriteOrNullAsync(writer, c.LastContactAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await WriteOrNullAsync(writer, c.AppointmentType, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.OwnerName, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.CompanyName, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.DurationMinutes, NpgsqlDbType.Integer, ct);
            await writer.WriteAsync(c.BookingSource, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.ExternalId, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.Priority, NpgsqlDbType.Text, ct);
            await writer.WriteAsync(c.PreferredContactMethod, NpgsqlDbType.Text, ct);
            await WriteOrNullAsync(writer, c.CreatedBy, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(c.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await writer.WriteAsync(c.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
        }
        await writer.CompleteAsync(ct);
    }

    public static async Task MembersAsync(
        NpgsqlConnection connection, Guid tenantId, IEnumerable<(Guid GroupId, Guid ContactId)> members, Guid? addedBy, DateTimeOffset now, CancellationToken ct)
    {
        await using var writer = await connection.BeginBinaryImportAsync($"COPY seed_members ({SeedSql.MemberColumns}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var (groupId, contactId) in members)
        {
            await writer.StartRowAsync(ct);
            await writer.WriteAsync(tenantId, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(groupId, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(contactId, NpgsqlDbType.Uuid, ct);
            await writer.WriteAsync(now.ToUniversalTime(), NpgsqlDbType.TimestampTz, ct);
            await WriteOrNullAsync(writer, addedBy, NpgsqlDbType.Uuid, ct);
        }
        await writer.CompleteAsync(ct);
    }

    private static async Task WriteOrNullAsync<T>(NpgsqlBinaryImporter writer, T? value, NpgsqlDbType type, CancellationToken ct)
    {
        if (value is null)
        {
            await writer.WriteNullAsync(ct);
        }
        else
        {
            await writer.WriteAsync(value, type, ct);
        }
    }
}
