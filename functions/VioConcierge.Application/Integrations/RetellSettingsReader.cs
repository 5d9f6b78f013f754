using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Integrations;

namespace VioConcierge.Application.Integrations;

/// <summary>A tenant's Retell settings section (agent and caller id), empty when never saved.</summary>
public sealed class RetellSettingsReader(ITransactions database, ISettingsStore store)
{
    public async Task<RetellSettings> GetAsync(Guid tenantId, CancellationToken ct)
    {
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        return await GetAsync(uow, ct) is { } saved ? saved.Value : RetellSettings.Empty;
    }

    public Task<(RetellSettings Value, int Version)?> GetAsync(IUnitOfWork uow, CancellationToken ct) =>
        store.GetAsync<RetellSettings>(uow, RetellSettings.Section, ct);
}
