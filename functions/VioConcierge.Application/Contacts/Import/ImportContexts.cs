using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>Reads what an import's validation depends on from the tenant's settings, in the caller's transaction.</summary>
public sealed class ImportContexts(TenantSettings settings, TimeProvider time)
{
    public async Task<ImportContext> ForAsync(IUnitOfWork uow, string duplicates, CancellationToken ct)
    {
        var (defaults, compliance) = await settings.ContactSettingsAsync(uow, ct);
        return new ImportContext(defaults, compliance, duplicates, time.GetUtcNow());
    }
}
