using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Business;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Business;

/// <summary>
/// What a business type change must not do: silently change the settings whose defaults depend on the type. A call or
/// compliance section never saved reads as the type's defaults, so before the type changes it is saved as it stands
/// (the old type's defaults); the profile then lists where the new type's defaults differ.
/// </summary>
public sealed class BusinessTypeChange(TenantSettings settings, ISettingsStore store)
{
    /// <summary>Runs in the changing transaction, before the tenant row takes the new type.</summary>
    public async Task KeepTypeSettingsAsync(IUnitOfWork uow, Guid by, DateTimeOffset now, CancellationToken ct)
    {
        var (calls, callsVersion) = await settings.CallsAsync(uow, ct);
        if (callsVersion == 0)
        {
            await store.SaveAsync(uow, CallSettings.Section, calls, 0, by, now, ct);
        }
        var (compliance, complianceVersion) = await settings.ComplianceAsync(uow, ct);
        if (complianceVersion == 0)
        {
            await store.SaveAsync(uow, ComplianceSettings.Section, compliance, 0, by, now, ct);
        }
    }

    public async Task<IReadOnlyList<TypeDefaultDifference>> DifferencesAsync(IUnitOfWork uow, string businessType, CancellationToken ct)
    {
        var (calls, _) = await settings.CallsAsync(uow, ct);
        var (compliance, _) = await settings.ComplianceAsync(uow, ct);
        return BusinessTypeDefaults.Differences(businessType, calls, compliance);
    }
}
