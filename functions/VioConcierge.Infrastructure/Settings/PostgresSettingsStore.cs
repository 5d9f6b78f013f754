using System.Text.Json;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Settings;

/// <summary>
/// Per-tenant settings sections stored as JSON documents with a version. A section never saved reads as null so
/// the caller applies its defaults.
/// </summary>
public sealed class PostgresSettingsStore : ISettingsStore
{
    public async Task<(T Value, int Version)?> GetAsync<T>(IUnitOfWork uow, string section, CancellationToken ct)
    {
        var rows = (await uow.QueryAsync<(string Value, int Version)>(
            "SELECT value::text, version FROM tenant_settings WHERE tenant_id = @TenantId AND section = @Section",
            new { uow.TenantId, Section = section }, ct)).ToList();
        return rows.Count == 0 ? null : (JsonSerializer.Deserialize<T>(rows[0].Value, JsonSerializerOptions.Web)!, rows[0].Version);
    }

    /// <summary>
    /// The tenant's time zone, business type and status, and the saved <paramref name="sections"/>, in one statement
    /// (the reminder engine reads them for every timer and call).
    /// </summary>
    public async Task<TenantSettingsRead> ReadAsync(IUnitOfWork uow, IReadOnlyList<string> sections, CancellationToken ct)
    {
        var rows = (await uow.QueryAsync<(string Timezone, string BusinessType, string Status, string? Section, string? Value)>("""
            SELECT t.timezone, t.business_type, t.status, s.section, s.value::text
            FROM tenants t LEFT JOIN tenant_settings s ON s.tenant_id = t.id AND s.section = ANY(@Sections)
            WHERE t.id = @TenantId
            """, new { uow.TenantId, Sections = sections.ToArray() }, ct)).ToList();
        var tenant = rows.Count > 0 ? rows[0] : throw new InvalidOperationException("The transaction's tenant does not exist.");
        var saved = rows.Where(row => row.Section is not null).ToDictionary(row => row.Section!, row => row.Value!);
        return new TenantSettingsRead(tenant.Timezone, tenant.BusinessType, tenant.Status, saved);
    }

    /// <summary>
    /// Saves the section if it is still at <paramref name="expectedVersion"/> (0 = never saved); returns the new
    /// version, or null on a conflict.
    /// </summary>
    public Task<int?> SaveAsync<T>(IUnitOfWork uow, string section, T value, int expectedVersion, Guid? by, DateTimeOffset now, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<int?>("""
            INSERT INTO tenant_settings AS s (tenant_id, section, value, updated_at, updated_by, version)
            VALUES (@TenantId, @Section, CAST(@Value AS jsonb), @Now, @By, 1)
            ON CONFLICT (tenant_id, section) DO UPDATE
                SET value = excluded.value, updated_at = excluded.updated_at, updated_by = excluded.updated_by, version = s.version + 1
                WHERE s.version = @ExpectedVersion
            RETURNING version
            """, new { uow.TenantId, Section = section, Value = JsonSerializer.Serialize(value, JsonSerializerOptions.Web), By = by, Now = now, ExpectedVersion = expectedVersion }, ct);
}
