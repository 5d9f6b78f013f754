using System.Text.Json;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.UserSettings;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.UserSettings;

/// <summary>
/// <c>user_settings</c> (migration 0039): one JSON document per user and kind, versioned, with an optional expiry.
/// Every statement names the tenant and the user; row-level security keeps other tenants' rows out besides.
/// </summary>
public sealed class PostgresUserSettingsStore : IUserSettingsStore
{
    public async Task<StoredUserSetting<T>?> GetAsync<T>(IUnitOfWork uow, Guid userId, string kind, DateTimeOffset now, CancellationToken ct)
    {
        var row = await uow.QuerySingleOrDefaultAsync<(string Value, int Version, DateTimeOffset? ExpiresAt)?>("""
            SELECT value::text, version, expires_at FROM user_settings
            WHERE tenant_id = @TenantId AND user_id = @UserId AND kind = @Kind AND (expires_at IS NULL OR expires_at > @Now)
            """, new { uow.TenantId, UserId = userId, Kind = kind, Now = now }, ct);
        return row is { } found ? new(JsonSerializer.Deserialize<T>(found.Value, JsonSerializerOptions.Web)!, found.Version, found.ExpiresAt) : null;
    }

    public Task<int?> SaveAsync<T>(IUnitOfWork uow, Guid userId, string kind, T value, int expectedVersion, DateTimeOffset now, DateTimeOffset? expiresAt, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<int?>("""
            INSERT INTO user_settings AS s (tenant_id, user_id, kind, value, version, updated_at, expires_at)
            VALUES (@TenantId, @UserId, @Kind, CAST(@Value AS jsonb), 1, @Now, @ExpiresAt)
            ON CONFLICT (tenant_id, user_id, kind) DO UPDATE
                SET value = excluded.value, updated_at = excluded.updated_at, expires_at = excluded.expires_at,
                    version = CASE WHEN s.expires_at <= @Now THEN 1 ELSE s.version + 1 END
                WHERE CASE WHEN s.expires_at <= @Now THEN @ExpectedVersion = 0 ELSE s.version = @ExpectedVersion END
            RETURNING version
            """, new
        {
            uow.TenantId, UserId = userId, Kind = kind, Value = JsonSerializer.Serialize(value, JsonSerializerOptions.Web),
            ExpectedVersion = expectedVersion, Now = now, ExpiresAt = expiresAt,
        }, ct);

    public Task<int> DeleteExpiredAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("DELETE FROM user_settings WHERE expires_at <= @Now", new { Now = now }, ct);
}
