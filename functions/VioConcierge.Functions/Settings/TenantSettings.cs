using VioConcierge.Core.Compliance;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Settings;

namespace VioConcierge.Functions.Settings;

/// <summary>Reads a tenant's settings sections with their defaults (by business type) when never saved.</summary>
public sealed class TenantSettings(PostgresSettingsStore store)
{
    public async Task<(ComplianceSettings Value, int Version)> ComplianceAsync(UnitOfWork uow, CancellationToken ct)
    {
        if (await store.GetAsync<ComplianceSettings>(uow, ComplianceSettings.Section, ct) is { } saved)
        {
            return saved;
        }
        var businessType = await uow.QuerySingleAsync<string>("SELECT business_type FROM tenants WHERE id = @TenantId", new { uow.TenantId }, ct);
        return (ComplianceSettings.DefaultFor(businessType), 0);
    }

    public Task<string> TimezoneAsync(UnitOfWork uow, CancellationToken ct) =>
        uow.QuerySingleAsync<string>("SELECT timezone FROM tenants WHERE id = @TenantId", new { uow.TenantId }, ct);
}
