using Dapper;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Calendar;

/// <summary>
/// Calendar integrations (<c>calendar_integrations</c>): one per tenant and provider, created by the first save of its
/// settings. <see cref="ResolveAsync"/> is the webhook's way in, before any tenant scope exists; the rest runs in the
/// tenant's transaction. Creating an integration also writes its webhook route (<c>calendar_webhook_routes</c>,
/// migration 0019) in the same transaction.
/// </summary>
public sealed class PostgresCalendarIntegrations(Database database) : ICalendarIntegrations
{
    /// <summary>
    /// The integration a webhook URL names, whichever tenant owns it (through the SECURITY DEFINER function
    /// <c>calendar_integration_by_id</c>, migrations 0012 and 0019: its route, then its row); null when there is none.
    /// </summary>
    public async Task<CalendarIntegration?> ResolveAsync(Guid integrationId, CancellationToken ct)
    {
        await using var connection = await database.DataSource.OpenConnectionAsync(ct);
        var row = await connection.QuerySingleOrDefaultAsync<(Guid TenantId, string Provider, bool Enabled, string Settings)?>(new CommandDefinition(
            "SELECT tenant_id, provider, enabled, settings::text FROM calendar_integration_by_id(@Id)", new { Id = integrationId }, cancellationToken: ct));
        return row is { } found && CalendarProviders.TryParse(found.Provider, out var provider)
            ? new CalendarIntegration(integrationId, found.TenantId, provider, found.Enabled, CalendarSettingsJson.Read(found.Settings))
            : null;
    }

    /// <summary>The transaction's tenant's integration with <paramref name="provider"/>; null when never saved.</summary>
    public async Task<CalendarIntegrationRow?> GetAsync(IUnitOfWork uow, CalendarProvider provider, CancellationToken ct)
    {
        var rows = await uow.QueryAsync<(Guid Id, bool Enabled, string Settings, int Version, DateTimeOffset? LastEventAt)>("""
            SELECT id, enabled, settings::text, version, last_event_at FROM calendar_integrations
            WHERE tenant_id = @TenantId AND provider = @Provider
            """, new { uow.TenantId, Provider = provider.Name() }, ct);
        return rows.Select(row => new CalendarIntegrationRow(row.Id, row.Enabled, CalendarSettingsJson.Read(row.Settings), row.Version, row.LastEventAt))
            .SingleOrDefault();
    }

    /// <summary>
    /// Creates the integration (<paramref name="expectedVersion"/> 0, with <paramref name="newId"/>) or updates it if it
    /// is still at <paramref name="expectedVersion"/>; returns its id and new version, or null on a conflict.
    /// </summary>
    public async Task<(Guid Id, int Version)?> SaveAsync(
        IUnitOfWork uow, CalendarProvider provider, bool enabled, CalendarIntegrationSettings settings, int expectedVersion,
        Guid newId, Guid? by, DateTimeOffset now, CancellationToken ct)
    {
        var args = new
        {
            NewId = newId,
            uow.TenantId,
            Provider = provider.Name(),
            Enabled = enabled,
            Settings = CalendarSettingsJson.Write(settings),
            Now = now,
            By = by,
            ExpectedVersion = expectedVersion,
        };
        var rows = await uow.QueryAsync<(Guid Id, int Version)>(expectedVersion == 0 ? InsertSql : UpdateSql, args, ct);
        var saved = rows.Select(row => ((Guid Id, int Version)?)row).SingleOrDefault();
        if (expectedVersion == 0 && saved is { } created)
        {
            await uow.ExecuteAsync(RouteSql, new { created.Id, uow.TenantId }, ct);
        }
        return saved;
    }

    private const string RouteSql =
        "INSERT INTO calendar_webhook_routes (integration_id, owner_tenant) VALUES (@Id, @TenantId)";

    private const string InsertSql = """
        INSERT INTO calendar_integrations (id, tenant_id, provider, enabled, settings, version, created_at, updated_at, updated_by)
        VALUES (@NewId, @TenantId, @Provider, @Enabled, CAST(@Settings AS jsonb), 1, @Now, @Now, @By)
        ON CONFLICT (tenant_id, provider) DO NOTHING
        RETURNING id, version
        """;

    private const string UpdateSql = """
        UPDATE calendar_integrations
        SET enabled = @Enabled, settings = CAST(@Settings AS jsonb), version = version + 1, updated_at = @Now, updated_by = @By
        WHERE tenant_id = @TenantId AND provider = @Provider AND version = @ExpectedVersion
        RETURNING id, version
        """;
}
