using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Identity;

/// <summary>
/// Users, their sign-in state and two-factor secrets. Every call runs in the caller's transaction. A super admin's
/// rows are stored under <see cref="PlatformTenant.Id"/> and read back without a tenant.
/// </summary>
public sealed class PostgresUserStore : IUserStore
{
    private static readonly string SelectUser = $"""
        SELECT nullif(u.tenant_id, '{PlatformTenant.Id}') AS tenant_id, u.id, u.email, u.full_name, u.job_title, u.phone, u.role,
               u.password_hash, u.status, u.awaiting_password, u.failed_login_count, u.locked_until, u.totp_secret,
               u.totp_pending_secret, u.totp_enabled_at, u.totp_last_step, u.last_login_at, u.password_changed_at,
               u.created_at, u.updated_at, u.version, t.name AS tenant_name, t.status AS tenant_status,
               t.session_idle_hours AS tenant_session_idle_hours
        FROM users u LEFT JOIN tenants t ON t.id = u.tenant_ref
        """;

    /// <summary>Through the platform-wide login (<c>user_logins</c>), then the user by its full key: one shard on a cluster.</summary>
    public Task<UserRow?> FindByEmailAsync(IUnitOfWork uow, string email, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<UserRow>($"""
            {SelectUser}
            JOIN user_logins l ON u.tenant_id = l.owner_tenant AND u.id = l.user_id
            WHERE l.email = lower(@Email)
            """, new { Email = email }, ct);

    public Task<UserRow?> FindByIdAsync(IUnitOfWork uow, Guid id, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<UserRow>($"{SelectUser} WHERE u.id = @Id", new { Id = id }, ct);

    public Task<bool> EmailExistsAsync(IUnitOfWork uow, string email, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT EXISTS (SELECT 1 FROM user_logins WHERE email = lower(@Email))", new { Email = email }, ct);

    public Task<bool> AnySuperAdminAsync(IUnitOfWork uow, CancellationToken ct) =>
        uow.QuerySingleAsync<bool>("SELECT EXISTS (SELECT 1 FROM users WHERE role = 'super_admin')", null, ct);

    public Task InsertAsync(IUnitOfWork uow, UserRow user, CancellationToken ct) =>
        uow.ExecuteAsync("""
            INSERT INTO users (tenant_id, id, email, full_name, job_title, role, password_hash, status,
                               password_changed_at, created_at, updated_at)
            VALUES (coalesce(@TenantId, @PlatformTenant), @Id, @Email, @FullName, @JobTitle, @Role, @PasswordHash, @Status,
                    @PasswordChangedAt, @CreatedAt, @UpdatedAt)
            """,
            new
            {
                user.TenantId, user.Id, user.Email, user.FullName, user.JobTitle, user.Role, user.PasswordHash, user.Status,
                user.PasswordChangedAt, user.CreatedAt, user.UpdatedAt, PlatformTenant = PlatformTenant.Id,
            }, ct);

    public Task RecordFailedLoginAsync(IUnitOfWork uow, Guid id, int failedCount, DateTimeOffset? lockedUntil, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync(
            "UPDATE users SET failed_login_count = @FailedCount, locked_until = @LockedUntil, updated_at = @Now WHERE id = @Id",
            new { Id = id, FailedCount = failedCount, LockedUntil = lockedUntil, Now = now }, ct);

    public Task RecordSuccessfulLoginAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync(
            "UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = @Now WHERE id = @Id",
            new { Id = id, Now = now }, ct);

    /// <summary>Updates the profile if the row is still at <paramref name="version"/>; false when it changed meanwhile.</summary>
    public async Task<bool> UpdateProfileAsync(IUnitOfWork uow, Guid id, int version, string fullName, string? jobTitle, string? phone, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync("""
            UPDATE users SET full_name = @FullName, job_title = @JobTitle, phone = @Phone, updated_at = @Now, version = version + 1
            WHERE id = @Id AND version = @Version
            """, new { Id = id, Version = version, FullName = fullName, JobTitle = jobTitle, Phone = phone, Now = now }, ct) == 1;

    /// <summary>Sets a password the user chose through a link: no longer awaiting one, any lockout lifted.</summary>
    public Task SetChosenPasswordAsync(IUnitOfWork uow, Guid id, string hash, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE users SET password_hash = @Hash, password_changed_at = @Now, awaiting_password = false, failed_login_count = 0,
                             locked_until = NULL, updated_at = @Now, version = version + 1
            WHERE id = @Id
            """, new { Id = id, Hash = hash, Now = now }, ct);

    /// <summary>Changes the sign-in email (unique on the platform: a duplicate is a unique violation).</summary>
    public Task UpdateEmailAsync(IUnitOfWork uow, Guid id, string email, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE users SET email = @Email, updated_at = @Now, version = version + 1 WHERE id = @Id",
            new { Id = id, Email = email, Now = now }, ct);

    public Task UpdatePasswordHashAsync(IUnitOfWork uow, Guid id, string hash, bool changedByUser, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync(
            changedByUser
                ? "UPDATE users SET password_hash = @Hash, password_changed_at = @Now, updated_at = @Now, version = version + 1 WHERE id = @Id"
                : "UPDATE users SET password_hash = @Hash WHERE id = @Id",
            new { Id = id, Hash = hash, Now = now }, ct);

    public Task SetPendingTotpAsync(IUnitOfWork uow, Guid id, string protectedSecret, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("UPDATE users SET totp_pending_secret = @Secret, updated_at = @Now WHERE id = @Id",
            new { Id = id, Secret = protectedSecret, Now = now }, ct);

    public Task EnableTotpAsync(IUnitOfWork uow, Guid id, long usedStep, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = @Now,
                             totp_last_step = @Step, updated_at = @Now, version = version + 1
            WHERE id = @Id AND totp_pending_secret IS NOT NULL
            """, new { Id = id, Step = usedStep, Now = now }, ct);

    public Task DisableTotpAsync(IUnitOfWork uow, Guid id, DateTimeOffset now, CancellationToken ct) =>
        uow.ExecuteAsync("""
            UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL,
                             updated_at = @Now, version = version + 1
            WHERE id = @Id;
            DELETE FROM user_backup_codes WHERE user_id = @Id;
            """, new { Id = id, Now = now }, ct);

    /// <summary>Records the TOTP step just used; false if an equal or later step was already used (a replay).</summary>
    public async Task<bool> UseTotpStepAsync(IUnitOfWork uow, Guid id, long step, CancellationToken ct) =>
        await uow.ExecuteAsync(
            "UPDATE users SET totp_last_step = @Step WHERE id = @Id AND (totp_last_step IS NULL OR totp_last_step < @Step)",
            new { Id = id, Step = step }, ct) == 1;

    public async Task ReplaceBackupCodesAsync(IUnitOfWork uow, Guid? tenantId, Guid userId, IEnumerable<byte[]> hashes, DateTimeOffset now, CancellationToken ct)
    {
        await uow.ExecuteAsync("DELETE FROM user_backup_codes WHERE user_id = @UserId", new { UserId = userId }, ct);
        await uow.ExecuteAsync("""
            INSERT INTO user_backup_codes (tenant_id, user_id, code_hash, created_at)
            SELECT @TenantId, @UserId, hash, @Now FROM unnest(@Hashes) AS hash
            """, new { TenantId = tenantId ?? PlatformTenant.Id, UserId = userId, Hashes = hashes.ToArray(), Now = now }, ct);
    }

    /// <summary>Spends one unused backup code; false when it does not match an unused one.</summary>
    public async Task<bool> UseBackupCodeAsync(IUnitOfWork uow, Guid userId, byte[] hash, DateTimeOffset now, CancellationToken ct) =>
        await uow.ExecuteAsync(
            "UPDATE user_backup_codes SET used_at = @Now WHERE user_id = @UserId AND code_hash = @Hash AND used_at IS NULL",
            new { UserId = userId, Hash = hash, Now = now }, ct) == 1;

    public Task<int> CountUnusedBackupCodesAsync(IUnitOfWork uow, Guid userId, CancellationToken ct) =>
        uow.QuerySingleAsync<int>("SELECT count(*)::int FROM user_backup_codes WHERE user_id = @UserId AND used_at IS NULL",
            new { UserId = userId }, ct);

    public Task<Guid?> FirstSuperAdminIdAsync(IUnitOfWork uow, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<Guid?>("SELECT id FROM users WHERE role = 'super_admin' ORDER BY created_at LIMIT 1", null, ct);
}
