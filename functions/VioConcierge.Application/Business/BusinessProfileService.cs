using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Business;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Business;

/// <summary>
/// Reading and changing the caller's tenant's business profile. A save is one transaction: the tenant row, the
/// profile's settings section, and what the change implies (the re-plan of every waiting reminder when the time zone
/// or bank holiday region changed, the idle timeout of every live session, the type-dependent settings kept as they
/// were when the business type changed) commit together with the audit entry, or nothing does. The version guards
/// against lost updates; a name another tenant uses is a conflict.
/// </summary>
public sealed class BusinessProfileService(
    ITransactions database, ITenantStore tenants, ISettingsStore store, ISessionStore sessions,
    ReminderReplan replan, BusinessTypeChange typeChange, IAuditLog audit, TimeProvider time)
{
    private const string ChangedElsewhere = "The business profile was changed elsewhere; reload it and try again.";

    public async Task<BusinessProfileResponse> GetAsync(CurrentUser me, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (profile, version) = await ReadAsync(uow, ct);
        return BusinessProfileResponse.From(profile, await typeChange.DifferencesAsync(uow, profile.BusinessType, ct), null, version);
    }

    /// <summary><paramref name="errors"/>: what the host already found wrong with the request (a malformed If-Match).</summary>
    public async Task<Result<BusinessProfileResponse>> SaveAsync(
        CurrentUser me, BusinessProfilePatch patch, int? expectedVersion, FieldErrors errors, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (current, version) = await ReadAsync(uow, ct);
        var applied = patch.ApplyTo(current, errors);
        if (applied.Failure is { } invalid)
        {
            return invalid;
        }
        var next = applied.Value!;
        if (expectedVersion is { } wanted && wanted != version)
        {
            return Result<BusinessProfileResponse>.Conflict(ChangedElsewhere);
        }
        if (await NameTakenAsync(uow, current, next, ct) is { } taken)
        {
            return Result<BusinessProfileResponse>.Conflict(taken);
        }
        var now = time.GetUtcNow();
        if (await store.SaveAsync(uow, BusinessDetails.Section, next.Details, version, me.UserId, now, ct) is not { } saved)
        {
            return Result<BusinessProfileResponse>.Conflict(ChangedElsewhere);
        }
        if (next.BusinessType != current.BusinessType)
        {
            await typeChange.KeepTypeSettingsAsync(uow, me.UserId, now, ct);
        }
        await tenants.UpdateProfileAsync(uow, next, now, ct);
        if (next.SessionIdleTimeoutHours != current.SessionIdleTimeoutHours)
        {
            await sessions.SetTenantIdleTimeoutAsync(uow, next.SessionIdleTimeoutHours * 60, ct);
        }
        var replanned = ReplanReason(current, next) is { } reason ? await replan.EnqueueAsync(uow, reason, ct) : 0;
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings",
            BusinessDetails.Section, BusinessProfileAudit.Changes(current, next, saved), me.ClientIp), ct);
        var differences = await typeChange.DifferencesAsync(uow, next.BusinessType, ct);
        await uow.CommitAsync(ct);
        return BusinessProfileResponse.From(next, differences, replanned, saved);
    }

    private async Task<(BusinessProfile Profile, int Version)> ReadAsync(IUnitOfWork uow, CancellationToken ct)
    {
        var tenant = await tenants.FindAsync(uow, uow.TenantId!.Value, ct) ?? throw new InvalidOperationException("The caller's tenant does not exist.");
        var (details, version) = await store.GetAsync<BusinessDetails>(uow, BusinessDetails.Section, ct) ?? (new BusinessDetails(), 0);
        return (new BusinessProfile(tenant.Name, tenant.TradingName, tenant.BusinessType, tenant.Timezone, tenant.SessionIdleHours, details), version);
    }

    private async Task<string?> NameTakenAsync(IUnitOfWork uow, BusinessProfile current, BusinessProfile next, CancellationToken ct)
    {
        foreach (var (field, name, before) in new[] { ("legalName", next.LegalName, current.LegalName), ("tradingName", next.TradingName, current.TradingName) })
        {
            if (name is not null && !string.Equals(name, before, StringComparison.OrdinalIgnoreCase) && await tenants.NameUsedElsewhereAsync(uow, name, ct))
            {
                return $"{field}: another business on the platform already uses this name.";
            }
        }
        return null;
    }

    private static string? ReplanReason(BusinessProfile current, BusinessProfile next) =>
        next.Timezone != current.Timezone ? "timezone_changed"
        : next.Details.BankHolidayRegion != current.Details.BankHolidayRegion ? "bank_holiday_region_changed"
        : null;
}
