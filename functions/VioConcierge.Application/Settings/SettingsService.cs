using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Settings;

/// <summary>
/// Reading and replacing the caller's tenant's settings sections (calls, compliance; the business section belongs to
/// the business profile, <c>Business/BusinessProfileService</c>). A save names the version it replaces when the caller
/// sent one: a section changed since is a conflict, never a lost update. Every save is audited.
/// </summary>
public sealed class SettingsService(ITransactions database, TenantSettings settings, ISettingsStore store, IAuditLog audit, TimeProvider time)
{
    private const string ChangedElsewhere = "The settings were changed elsewhere; reload them and try again.";

    public Task<Versioned<CallSettings>> CallsAsync(CurrentUser me, CancellationToken ct) => ReadAsync(me, settings.CallsAsync, ct);

    public Task<Versioned<ComplianceSettings>> ComplianceAsync(CurrentUser me, CancellationToken ct) => ReadAsync(me, settings.ComplianceAsync, ct);

    /// <summary>
    /// Each save takes the errors the host already found reading the request (<paramref name="errors"/>: a malformed
    /// If-Match, a missing field), so the caller hears of every problem in one answer.
    /// </summary>
    public Task<Result<Versioned<CallSettings>>> SaveCallsAsync(
        CurrentUser me, CallSettings value, int? expectedVersion, FieldErrors errors, CancellationToken ct) =>
        SaveAsync(me, CallSettings.Section, value, Merge(errors, value.Validate()), expectedVersion, settings.CallsAsync,
            (_, saved) => new AuditChanges().Set("version", saved), ct);

    public Task<Result<Versioned<ComplianceSettings>>> SaveComplianceAsync(
        CurrentUser me, ComplianceSettings value, int? expectedVersion, FieldErrors errors, CancellationToken ct) =>
        SaveAsync(me, ComplianceSettings.Section, value, Merge(errors, value.Validate()), expectedVersion, settings.ComplianceAsync, (current, _) => new AuditChanges()
            .Change("hipaaMode", current.HipaaMode, value.HipaaMode).Change("complianceLevel", current.ComplianceLevel, value.ComplianceLevel)
            .Change("phiDetection", current.PhiDetection, value.PhiDetection).Change("phiAction", current.PhiAction, value.PhiAction), ct);

    private static FieldErrors Merge(FieldErrors into, FieldErrors from)
    {
        foreach (var (field, messages) in from.ToDictionary())
        {
            Array.ForEach(messages, message => into.Add(field, message));
        }
        return into;
    }

    private async Task<Versioned<T>> ReadAsync<T>(CurrentUser me, Func<IUnitOfWork, CancellationToken, Task<(T Value, int Version)>> read, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (value, version) = await read(uow, ct);
        return new Versioned<T>(value, version);
    }

    private async Task<Result<Versioned<T>>> SaveAsync<T>(
        CurrentUser me, string section, T value, FieldErrors errors, int? expectedVersion,
        Func<IUnitOfWork, CancellationToken, Task<(T Value, int Version)>> read, Func<T, int, AuditChanges> changes, CancellationToken ct)
    {
        if (!errors.IsEmpty)
        {
            return Result<Versioned<T>>.Invalid(errors);
        }
        await using var uow = await database.BeginForAsync(me, ct);
        var (current, version) = await read(uow, ct);
        if (expectedVersion is { } wanted && wanted != version)
        {
            return Result<Versioned<T>>.Conflict(ChangedElsewhere);
        }
        if (await store.SaveAsync(uow, section, value, version, me.UserId, time.GetUtcNow(), ct) is not { } saved)
        {
            return Result<Versioned<T>>.Conflict(ChangedElsewhere);
        }
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings", section,
            changes(current, saved).Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        return Result<Versioned<T>>.Ok(new Versioned<T>(value, saved));
    }
}
