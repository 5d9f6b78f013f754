using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// Reads and saves a tenant's Cal.com or Calendly integration. The row and its audit entry commit together; the
/// secrets are written to the secret store before that commit (as for Retell), so a failed secret write leaves the
/// settings unchanged. The audit and the log say that a secret was set or removed, never its value.
/// </summary>
public sealed class CalendarSettingsService(
    ITransactions database, ICalendarIntegrations integrations, ICalendarSyncStatusStore syncStatus, ISecretStore secrets,
    IAuditLog audit, TimeProvider time, ILogger<CalendarSettingsService> logger)
{
    private const string Stale = "The settings were changed elsewhere; reload them and try again.";

    public async Task<CalendarSettingsResponse> GetAsync(Guid tenantId, CalendarProvider provider, CancellationToken ct)
    {
        CalendarIntegrationRow? row;
        CalendarSyncStatus status;
        await using (var uow = await database.BeginTenantAsync(tenantId, ct))
        {
            row = await integrations.GetAsync(uow, provider, ct);
            status = row is null ? CalendarSyncStatus.None : await syncStatus.GetAsync(uow, row.Id, row.LastEventAt, time.GetUtcNow(), ct);
        }
        return await RespondAsync(tenantId, provider, row, status, ct);
    }

    public async Task<Result<CalendarSettingsResponse>> SaveAsync(
        CurrentUser me, CalendarProvider provider, CalendarSettingsRequest request, int? expectedVersion, FieldErrors errors, CancellationToken ct)
    {
        var tenantId = me.TenantId!.Value;
        var keyStored = await secrets.GetAsync(tenantId, provider.ApiKeySecretName(), ct) is not null;
        var webhookKeyStored = await secrets.GetAsync(tenantId, provider.WebhookSecretName(), ct) is not null;
        var parsed = CalendarSettingsValidation.Validate(provider, request, keyStored, webhookKeyStored, errors);
        if (!parsed.IsValid)
        {
            return Result<CalendarSettingsResponse>.Invalid(errors);
        }
        var next = parsed.Value!;
        var enabled = request.Enabled == true;
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var current = await integrations.GetAsync(uow, provider, ct);
        var version = current?.Version ?? 0;
        var now = time.GetUtcNow();
        if ((expectedVersion is { } wanted && wanted != version)
            || await integrations.SaveAsync(uow, provider, enabled, next, version, Ids.New(time), me.UserId, now, ct) is not { } saved)
        {
            return Result<CalendarSettingsResponse>.Conflict(Stale);
        }
        var keyChange = await CalendarSecretFields.ApiKeyEdit(request).ApplyAsync(secrets, tenantId, provider.ApiKeySecretName(), ct);
        var webhookChange = await CalendarSecretFields.WebhookKeyEdit(provider, request).ApplyAsync(secrets, tenantId, provider.WebhookSecretName(), ct);
        await audit.AppendAsync(uow, new AuditEntry(tenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings",
            $"integrations.{provider.Name()}", Changes(current, enabled, next).Set("keyChange", keyChange).Set("webhookSigningChange", webhookChange).Build(),
            me.ClientIp), ct);
        var row = new CalendarIntegrationRow(saved.Id, enabled, next, saved.Version, current?.LastEventAt);
        var status = await syncStatus.GetAsync(uow, saved.Id, row.LastEventAt, now, ct);
        await uow.CommitAsync(ct);
        logger.LogInformation("Calendar integration {Provider} of tenant {TenantId} saved at version {Version} (key: {KeyChange}, webhook key: {WebhookKeyChange})",
            provider.Name(), tenantId, saved.Version, keyChange ?? "kept", webhookChange ?? "kept");
        return Result<CalendarSettingsResponse>.Ok(await RespondAsync(tenantId, provider, row, status, ct));
    }

    private static AuditChanges Changes(CalendarIntegrationRow? current, bool enabled, CalendarIntegrationSettings next)
    {
        var before = current?.Settings;
        return new AuditChanges()
            .Change("enabled", current?.Enabled, enabled)
            .Change("organizerEmail", before?.OrganizerEmail, next.OrganizerEmail)
            .Change("eventTypeFilter", before is null ? null : string.Join(",", before.EventTypeFilter), string.Join(",", next.EventTypeFilter))
            .Change("callBeforeHours", before?.CallBeforeHours, next.CallBeforeHours)
            .Change("duplicateHandling", before?.DuplicateHandling.Name(), next.DuplicateHandling.Name())
            .Change("autoCreate", before?.AutoCreate, next.AutoCreate);
    }

    private async Task<CalendarSettingsResponse> RespondAsync(
        Guid tenantId, CalendarProvider provider, CalendarIntegrationRow? row, CalendarSyncStatus status, CancellationToken ct) =>
        CalendarSettingsResponse.From(provider, row,
            SecretMask.Of(await secrets.GetAsync(tenantId, provider.ApiKeySecretName(), ct)),
            SecretMask.Of(await secrets.GetAsync(tenantId, provider.WebhookSecretName(), ct)),
            status);
}
