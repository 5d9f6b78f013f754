using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Integrations;

/// <summary>
/// Reads and saves a tenant's Retell set-up. The settings section, its audit entry and the key change commit
/// together, and the key is written to the secret store before that commit, so a failed key write leaves the
/// section unchanged. The audit entry says that the key was set or removed, never the key.
/// </summary>
public sealed class RetellSettingsService(
    ITransactions database, RetellSettingsReader reader, ISettingsStore store, ISecretStore secrets, IRetellCredentials credentials,
    IAuditLog audit, TimeProvider time)
{
    public const int MinKeyLength = 8;
    public const int MaxKeyLength = 256;
    private const string Stale = "The settings were changed elsewhere; reload them and try again.";

    public async Task<RetellSettingsResponse> GetAsync(Guid tenantId, CancellationToken ct)
    {
        (RetellSettings Value, int Version) current;
        await using (var uow = await database.BeginTenantAsync(tenantId, ct))
        {
            current = await reader.GetAsync(uow, ct) ?? (RetellSettings.Empty, 0);
        }
        var ownKey = SecretMask.Of(await secrets.GetAsync(tenantId, SecretNames.RetellApiKey, ct));
        return RetellSettingsResponse.From(current.Value, current.Version, ownKey, credentials.HasPlatformKey);
    }

    public async Task<Result<RetellSettingsResponse>> SaveAsync(
        CurrentUser me, RetellSettingsRequest request, int? expectedVersion, FieldErrors errors, CancellationToken ct)
    {
        var parsed = RetellSettings.Parse(request.AgentId, request.CallerId);
        foreach (var (field, messages) in parsed.Errors?.ToDictionary() ?? new Dictionary<string, string[]>())
        {
            Array.ForEach(messages, message => errors.Add(field, message));
        }
        ValidateKey(request, errors);
        if (!errors.IsEmpty)
        {
            return Result<RetellSettingsResponse>.Invalid(errors);
        }
        var tenantId = me.TenantId!.Value;
        await using var uow = await database.BeginTenantAsync(tenantId, ct);
        var (current, version) = await reader.GetAsync(uow, ct) ?? (RetellSettings.Empty, 0);
        if (expectedVersion is { } wanted && wanted != version)
        {
            return Result<RetellSettingsResponse>.Conflict(Stale);
        }
        var next = parsed.Value!;
        if (await store.SaveAsync(uow, RetellSettings.Section, next, version, me.UserId, time.GetUtcNow(), ct) is not { } saved)
        {
            return Result<RetellSettingsResponse>.Conflict(Stale);
        }
        var keyChange = await ChangeKeyAsync(tenantId, request, ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings",
            RetellSettings.Section, new AuditChanges()
                .Change("agentId", current.AgentId, next.AgentId)
                .Change("callerId", current.CallerId, next.CallerId)
                .Set("keyChange", keyChange)
                .Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        credentials.Forget(tenantId);
        var ownKey = SecretMask.Of(await secrets.GetAsync(tenantId, SecretNames.RetellApiKey, ct));
        return Result<RetellSettingsResponse>.Ok(RetellSettingsResponse.From(next, saved, ownKey, credentials.HasPlatformKey));
    }

    /// <summary>"set", "removed" or null (no change); what the audit records instead of the key.</summary>
    private async Task<string?> ChangeKeyAsync(Guid tenantId, RetellSettingsRequest request, CancellationToken ct)
    {
        if (request.ApiKey is { } key)
        {
            await secrets.SetAsync(tenantId, SecretNames.RetellApiKey, key.Trim(), ct);
            return "set";
        }
        return request.RemoveApiKey == true && await secrets.DeleteAsync(tenantId, SecretNames.RetellApiKey, ct) ? "removed" : null;
    }

    private static void ValidateKey(RetellSettingsRequest request, FieldErrors errors)
    {
        if (request.ApiKey is not { } key)
        {
            return;
        }
        var trimmed = key.Trim();
        errors.AddIf(trimmed.Length is < MinKeyLength or > MaxKeyLength, "apiKey", $"An API key is {MinKeyLength} to {MaxKeyLength} characters.")
            .AddIf(trimmed.Any(c => char.IsWhiteSpace(c) || char.IsControl(c)), "apiKey", "An API key has no spaces or control characters.")
            .AddIf(request.RemoveApiKey == true, "removeApiKey", "Send either a new API key or removeApiKey, not both.");
    }
}
