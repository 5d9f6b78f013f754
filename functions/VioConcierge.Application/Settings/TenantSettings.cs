using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Settings;

/// <summary>Reads a tenant's settings sections with their defaults (by business type) when never saved.</summary>
public sealed class TenantSettings(ISettingsStore store, ITenantStore tenants)
{
    public async Task<(ComplianceSettings Value, int Version)> ComplianceAsync(IUnitOfWork uow, CancellationToken ct) =>
        await store.GetAsync<ComplianceSettings>(uow, ComplianceSettings.Section, ct) is { } saved
            ? saved
            : (ComplianceSettings.DefaultFor(await BusinessTypeAsync(uow, ct)), 0);

    public async Task<(CallSettings Value, int Version)> CallsAsync(IUnitOfWork uow, CancellationToken ct) =>
        await store.GetAsync<CallSettings>(uow, CallSettings.Section, ct) is { } saved
            ? saved
            : (CallSettings.DefaultFor(await BusinessTypeAsync(uow, ct)), 0);

    /// <summary>Everything a reminder decision needs: call settings in the tenant's zone and bank holiday region.</summary>
    public async Task<ReminderPolicy> ReminderPolicyAsync(IUnitOfWork uow, CancellationToken ct) =>
        (await ActiveReminderPolicyAsync(uow, ct)).Policy;

    /// <summary>The reminder policy and whether the tenant is active, in one read.</summary>
    public async Task<(ReminderPolicy Policy, bool Active)> ActiveReminderPolicyAsync(IUnitOfWork uow, CancellationToken ct)
    {
        var read = await store.ReadAsync(uow, [CallSettings.Section, BusinessSettings.Section], ct);
        var calls = read.Get<CallSettings>(CallSettings.Section) ?? CallSettings.DefaultFor(read.BusinessType);
        var business = read.Get<BusinessSettings>(BusinessSettings.Section) ?? new BusinessSettings();
        return (ReminderPolicy.From(calls, calls.ToPolicy(read.Timezone, business.BankHolidayRegion)), read.Status == "active");
    }

    /// <summary>What a call's context depends on (compliance and call settings), in one read.</summary>
    public async Task<(ComplianceSettings Compliance, CallSettings Calls)> CallContextSettingsAsync(IUnitOfWork uow, CancellationToken ct)
    {
        var read = await store.ReadAsync(uow, [ComplianceSettings.Section, CallSettings.Section], ct);
        return (read.Get<ComplianceSettings>(ComplianceSettings.Section) ?? ComplianceSettings.DefaultFor(read.BusinessType),
            read.Get<CallSettings>(CallSettings.Section) ?? CallSettings.DefaultFor(read.BusinessType));
    }

    /// <summary>What saving a contact depends on (the tenant's contact defaults and compliance settings), in one read.</summary>
    public async Task<(ContactDefaults Defaults, ComplianceSettings Compliance)> ContactSettingsAsync(IUnitOfWork uow, CancellationToken ct)
    {
        var read = await store.ReadAsync(uow, [ComplianceSettings.Section, CallSettings.Section], ct);
        var calls = read.Get<CallSettings>(CallSettings.Section) ?? CallSettings.DefaultFor(read.BusinessType);
        return (new ContactDefaults(read.Timezone, calls.DefaultCallTimingHours, calls.CustomTimingAllowed),
            read.Get<ComplianceSettings>(ComplianceSettings.Section) ?? ComplianceSettings.DefaultFor(read.BusinessType));
    }

    public async Task<string> TimezoneAsync(IUnitOfWork uow, CancellationToken ct) => (await tenants.ProfileAsync(uow, ct)).Timezone;

    private async Task<string> BusinessTypeAsync(IUnitOfWork uow, CancellationToken ct) => (await tenants.ProfileAsync(uow, ct)).BusinessType;
}
