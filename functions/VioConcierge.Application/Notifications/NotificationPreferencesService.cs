using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// The signed-in user's own notification preferences: the defaults until saved, then what they saved. A save names
/// the version it replaces when the caller sent one (a change since is a conflict), is audited, and moves a report
/// switched on or rescheduled to its next time (<see cref="ReportStart"/>).
/// </summary>
public sealed class NotificationPreferencesService(
    ITransactions database, INotificationPreferencesStore store, TenantSettings settings, IAuditLog audit, TimeProvider time)
{
    private const string ChangedElsewhere = "Your notification preferences were changed elsewhere; reload them and try again.";

    public async Task<Result<NotificationPreferencesResponse>> GetAsync(CurrentUser me, CancellationToken ct)
    {
        if (me.TenantId is not { } tenantId)
        {
            return Result<NotificationPreferencesResponse>.NotFound();
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var stored = await store.GetAsync(uow, me.UserId, ct);
        return NotificationPreferencesResponse.From(stored?.Value ?? NotificationPreferences.Default, stored?.Version ?? 0,
            await settings.TimezoneAsync(uow, ct));
    }

    /// <summary>Saves <paramref name="value"/>, or answers with <paramref name="errors"/> the host found reading the request.</summary>
    public async Task<Result<NotificationPreferencesResponse>> SaveAsync(
        CurrentUser me, NotificationPreferences value, int? expectedVersion, FieldErrors errors, CancellationToken ct)
    {
        if (!errors.IsEmpty)
        {
            return errors;
        }
        if (me.TenantId is not { } tenantId)
        {
            return Result<NotificationPreferencesResponse>.NotFound();
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var current = await store.GetAsync(uow, me.UserId, ct);
        var version = current?.Version ?? 0;
        if (expectedVersion is { } wanted && wanted != version)
        {
            return Result<NotificationPreferencesResponse>.Conflict(ChangedElsewhere);
        }
        var zoneId = await settings.TimezoneAsync(uow, ct);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        var now = time.GetUtcNow();
        var before = current?.Value;
        var next = new StoredPreferences(value, version,
            ReportStart.SentOnAfterSave(before is null ? null : (before.SendsDailySummary, before.DailySchedule),
                (value.SendsDailySummary, value.DailySchedule), current?.DailySentOn, now, zone),
            ReportStart.SentOnAfterSave(before is null ? null : (before.WeeklyReport, before.WeeklySchedule),
                (value.WeeklyReport, value.WeeklySchedule), current?.WeeklySentOn, now, zone));
        if (await store.SaveAsync(uow, me.UserId, next, version, now, ct) is not { } saved)
        {
            return Result<NotificationPreferencesResponse>.Conflict(ChangedElsewhere);
        }
        await audit.AppendAsync(uow, new AuditEntry(tenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated,
            "notification_preferences", me.UserId.ToString(), new AuditChanges().Change("version", version, saved).Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        return NotificationPreferencesResponse.From(value, saved, zoneId);
    }
}
