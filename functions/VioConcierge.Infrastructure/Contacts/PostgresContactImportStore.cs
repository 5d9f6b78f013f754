using Npgsql;
using NpgsqlTypes;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>Import jobs of the transaction's tenant, their progress, and their error report.</summary>
public sealed class PostgresContactImportStore : IContactImportStore
{
    private const string Columns = """
        tenant_id, id, created_by, actor_role, client_ip, file_name, status, dry_run, mode, duplicates, columns::text AS columns,
        total_rows, processed_rows, validated, imported, updated, skipped, failed, message, created_at, started_at,
        completed_at, updated_at
        """;

    public Task InsertAsync(IUnitOfWork uow, ContactImportRow job, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO contact_imports (tenant_id, id, created_by, actor_role, client_ip, file_name, status, dry_run, mode,
                duplicates, columns, csv_data, total_rows, processed_rows, validated, imported, updated, skipped, failed,
                message, created_at, started_at, completed_at, updated_at)
            VALUES (@TenantId, @Id, @CreatedBy, @ActorRole, @ClientIp, @FileName, @Status, @DryRun, @Mode,
                @Duplicates, CAST(@Columns AS jsonb), @CsvData, @TotalRows, @ProcessedRows, @Validated, @Imported, @Updated,
                @Skipped, @Failed, @Message, @CreatedAt, @StartedAt, @CompletedAt, @UpdatedAt)
            """, job, ct);

    /// <summary>The job (without its file); with <paramref name="forUpdate"/> it stays locked until the transaction ends.</summary>
    public Task<ContactImportRow?> FindAsync(IUnitOfWork uow, Guid id, bool forUpdate, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<ContactImportRow>(
            $"SELECT {Columns} FROM contact_imports WHERE tenant_id = @TenantId AND id = @Id{(forUpdate ? " FOR UPDATE" : "")}",
            new { uow.TenantId, Id = id }, ct);

    public Task<string?> CsvDataAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<string?>("SELECT csv_data FROM contact_imports WHERE tenant_id = @TenantId AND id = @Id",
            new { uow.TenantId, Id = id }, ct);

    /// <summary>Saves status, progress and counts; a finished job drops its file.</summary>
    public Task SaveAsync(IUnitOfWork uow, ContactImportRow job, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE contact_imports SET status = @Status, processed_rows = @ProcessedRows, validated = @Validated,
                imported = @Imported, updated = @Updated, skipped = @Skipped, failed = @Failed, message = @Message,
                started_at = @StartedAt, completed_at = @CompletedAt, updated_at = @UpdatedAt,
                csv_data = CASE WHEN @Status IN ('completed', 'failed') THEN NULL ELSE csv_data END
            WHERE tenant_id = @TenantId AND id = @Id
            """, job, ct);

    public async Task AddErrorsAsync(IUnitOfWork uow, Guid importId, IReadOnlyList<ContactImportError> errors, CancellationToken ct)
    {
        if (errors.Count == 0)
        {
            return;
        }
        var perRow = new Dictionary<int, int>();
        var seq = errors.Select(error => perRow[error.Row] = perRow.GetValueOrDefault(error.Row, -1) + 1).ToArray();
        await using var command = new NpgsqlCommand("""
            INSERT INTO contact_import_errors (tenant_id, import_id, row_number, seq, field, message)
            SELECT @TenantId, @ImportId, u.row_number, u.seq, u.field, u.message
            FROM unnest(@Rows, @Seqs, @Fields, @Messages) AS u(row_number, seq, field, message)
            ON CONFLICT DO NOTHING
            """, uow.Connection(), uow.Transaction());
        command.Parameters.AddWithValue("TenantId", uow.TenantId!.Value);
        command.Parameters.AddWithValue("ImportId", importId);
        command.Parameters.AddWithValue("Rows", NpgsqlDbType.Array | NpgsqlDbType.Integer, errors.Select(e => e.Row).ToArray());
        command.Parameters.AddWithValue("Seqs", NpgsqlDbType.Array | NpgsqlDbType.Integer, seq);
        command.Parameters.AddWithValue("Fields", NpgsqlDbType.Array | NpgsqlDbType.Text, errors.Select(e => e.Field).ToArray());
        command.Parameters.AddWithValue("Messages", NpgsqlDbType.Array | NpgsqlDbType.Text, errors.Select(e => e.Message).ToArray());
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <summary>The job's errors in row order; all of them when <paramref name="limit"/> is null.</summary>
    public async Task<IReadOnlyList<ContactImportError>> ErrorsAsync(IUnitOfWork uow, Guid importId, int? limit, CancellationToken ct) =>
        (await uow.QueryAsync<ContactImportError>("""
            SELECT row_number AS row, field, message FROM contact_import_errors
            WHERE tenant_id = @TenantId AND import_id = @ImportId
            ORDER BY row_number, seq
            LIMIT CAST(@Limit AS integer)
            """, new { uow.TenantId, ImportId = importId, Limit = limit }, ct)).ToList();
}
