using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Tenants;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.UserSettings;

namespace VioConcierge.Application.UserSettings;

/// <summary>
/// The signed-in user's own settings (seed 003): dashboard, app preferences and session state, each read as its defaults
/// until saved (session state also once expired). Only ever the caller's own; a platform user has none (403). A save
/// replaces the document, after validating every field, and names the version it replaces when the caller sent one.
/// </summary>
public sealed class UserSettingsService(ITransactions database, IUserSettingsStore store, ITenantStore tenants, TimeProvider time)
{
    private const string ChangedElsewhere = "The settings were changed elsewhere; reload them and try again.";
    private const string TenantUsersOnly = "Per-user settings belong to the users of a business; platform users have none.";

    public Task<Result<Versioned<DashboardSettings>>> DashboardAsync(CurrentUser me, CancellationToken ct) =>
        ReadAsync<DashboardSettings>(me, UserSettingKinds.Dashboard, (_, value, _, _) => Task.FromResult(value.Normalized()), ct);

    public Task<Result<Versioned<DashboardSettings>>> SaveDashboardAsync(CurrentUser me, DashboardSettings value, int? expectedVersion, CancellationToken ct) =>
        SaveAsync(me, UserSettingKinds.Dashboard, value.Normalized(), value.Validate(), expectedVersion, null, (_, saved, _, _) => Task.FromResult(saved), ct);

    public Task<Result<Versioned<AppPreferences>>> PreferencesAsync(CurrentUser me, CancellationToken ct) =>
        ReadAsync<AppPreferences>(me, UserSettingKinds.Preferences, WithColourAsync, ct);

    public Task<Result<Versioned<AppPreferences>>> SavePreferencesAsync(CurrentUser me, AppPreferences value, int? expectedVersion, CancellationToken ct) =>
        SaveAsync(me, UserSettingKinds.Preferences, value, value.Validate(), expectedVersion, null, WithColourAsync, ct);

    public Task<Result<Versioned<SessionState>>> SessionStateAsync(CurrentUser me, CancellationToken ct) =>
        ReadAsync<SessionState>(me, UserSettingKinds.SessionState, (_, value, expires, _) => Task.FromResult(value with { ExpiresAt = expires }), ct);

    public Task<Result<Versioned<SessionState>>> SaveSessionStateAsync(CurrentUser me, SessionState value, int? expectedVersion, CancellationToken ct)
    {
        var expires = time.GetUtcNow() + UserSettingKinds.SessionStateLifetime;
        return SaveAsync(me, UserSettingKinds.SessionState, value with { ExpiresAt = null }, value.Validate(), expectedVersion, expires,
            (_, saved, _, _) => Task.FromResult(saved with { ExpiresAt = expires }), ct);
    }

    /// <summary>Deletes every user's expired session state (the timer function's housekeeping; reads already ignore it).</summary>
    public async Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var purged = await store.DeleteExpiredAsync(uow, time.GetUtcNow(), ct);
        await uow.CommitAsync(ct);
        return purged;
    }

    private async Task<AppPreferences> WithColourAsync(IUnitOfWork uow, AppPreferences value, DateTimeOffset? _, CancellationToken ct) =>
        value.PrimaryColour is null ? value with { PrimaryColour = AppPreferences.ColourFor((await tenants.ProfileAsync(uow, ct)).BusinessType) } : value;

    private async Task<Result<Versioned<T>>> ReadAsync<T>(
        CurrentUser me, string kind, Func<IUnitOfWork, T, DateTimeOffset?, CancellationToken, Task<T>> present, CancellationToken ct) where T : new()
    {
        if (me.TenantId is not { } tenantId)
        {
            return Result<Versioned<T>>.Forbidden(TenantUsersOnly);
        }
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var stored = await store.GetAsync<T>(uow, me.UserId, kind, time.GetUtcNow(), ct);
        return new Versioned<T>(await present(uow, stored is null ? new T() : stored.Value, stored?.ExpiresAt, ct), stored?.Version ?? 0);
    }

    private async Task<Result<Versioned<T>>> SaveAsync<T>(
        CurrentUser me, string kind, T value, FieldErrors errors, int? expectedVersion, DateTimeOffset? expiresAt,
        Func<IUnitOfWork, T, DateTimeOffset?, CancellationToken, Task<T>> present, CancellationToken ct)
    {
        if (me.TenantId is not { } tenantId)
        {
            return Result<Versioned<T>>.Forbidden(TenantUsersOnly);
        }
        if (!errors.IsEmpty)
        {
            return Result<Versioned<T>>.Invalid(errors);
        }
        var now = time.GetUtcNow();
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var current = (await store.GetAsync<T>(uow, me.UserId, kind, now, ct))?.Version ?? 0;
        if ((expectedVersion is { } wanted && wanted != current)
            || await store.SaveAsync(uow, me.UserId, kind, value, current, now, expiresAt, ct) is not { } saved)
        {
            return Result<Versioned<T>>.Conflict(ChangedElsewhere);
        }
        var shown = await present(uow, value, expiresAt, ct);
        await uow.CommitAsync(ct);
        return new Versioned<T>(shown, saved);
    }
}
