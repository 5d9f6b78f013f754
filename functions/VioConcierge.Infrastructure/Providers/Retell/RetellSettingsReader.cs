using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Integrations;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Settings;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>A tenant's Retell settings section (agent and caller id), empty when never saved.</summary>
public sealed class RetellSettingsReader(Database database, PostgresSettingsStore store)
{
    public async Task<RetellSettings> GetAsync(Guid tenantId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        return await GetAsync(uow, ct) is { } saved ? saved.Value : RetellSettings.Empty;
    }

    public Task<(RetellSettings Value, int Version)?> GetAsync(IUnitOfWork uow, CancellationToken ct) =>
        store.GetAsync<RetellSettings>(uow, RetellSettings.Section, ct);
}
