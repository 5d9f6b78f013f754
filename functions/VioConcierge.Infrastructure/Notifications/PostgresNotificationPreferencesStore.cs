using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Core.Notifications;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>Users' notification preferences (<c>user_notification_settings</c>) and the users events and reports go to.</summary>
public sealed class PostgresNotificationPreferencesStore : INotificationPreferencesStore
{
    private const string Columns = """
        s.call_completion, s.confirmation_alerts, s.cancellation_alerts, s.integration_alerts, s.daily_summary, s.daily_summary_at,
        s.weekly_report, s.weekly_report_day, s.weekly_report_at, s.quiet_hours, s.quiet_start, s.quiet_end, s.in_app, s.email,
        s.daily_sent_on, s.weekly_sent_on, s.version
        """;

    private const string Insert = """
        INSERT INTO user_notification_settings (tenant_id, user_id, call_completion, confirmation_alerts, cancellation_alerts,
            integration_alerts, daily_summary, daily_summary_at, weekly_report, weekly_report_day, weekly_report_at, quiet_hours,
            quiet_start, quiet_end, in_app, email, daily_sent_on, weekly_sent_on, version, updated_at)
        VALUES (@TenantId, @UserId, @CallCompletion, @ConfirmationAlerts, @CancellationAlerts, @IntegrationAlerts, @DailySummary,
            @DailySummaryAt, @WeeklyReport, @WeeklyReportDay, @WeeklyReportAt, @QuietHours, @QuietStart, @QuietEnd, @InApp, @Email,
            CAST(@DailySentOn AS date), CAST(@WeeklySentOn AS date), 1, @Now)
        ON CONFLICT (tenant_id, user_id) DO NOTHING
        RETURNING version
        """;

    private const string Update = """
        UPDATE user_notification_settings SET
            call_completion = @CallCompletion, confirmation_alerts = @ConfirmationAlerts, cancellation_alerts = @CancellationAlerts,
            integration_alerts = @IntegrationAlerts, daily_summary = @DailySummary, daily_summary_at = @DailySummaryAt,
            weekly_report = @WeeklyReport, weekly_report_day = @WeeklyReportDay, weekly_report_at = @WeeklyReportAt,
            quiet_hours = @QuietHours, quiet_start = @QuietStart, quiet_end = @QuietEnd, in_app = @InApp, email = @Email,
            daily_sent_on = CAST(@DailySentOn AS date), weekly_sent_on = CAST(@WeeklySentOn AS date), version = version + 1, updated_at = @Now
        WHERE tenant_id = @TenantId AND user_id = @UserId AND version = @ExpectedVersion
        RETURNING version
        """;

    public async Task<StoredPreferences?> GetAsync(IUnitOfWork uow, Guid userId, CancellationToken ct) =>
        (await uow.QuerySingleOrDefaultAsync<NotificationSettingsRow>($"""
            SELECT s.tenant_id, s.user_id, {Columns} FROM user_notification_settings s
            WHERE s.tenant_id = @TenantId AND s.user_id = @UserId
            """, new { uow.TenantId, UserId = userId }, ct))?.Stored;

    /// <summary>Inserts the first save (expected version 0) or updates the row still at the expected version.</summary>
    public Task<int?> SaveAsync(IUnitOfWork uow, Guid userId, StoredPreferences value, int expectedVersion, DateTimeOffset now, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<int?>(expectedVersion == 0 ? Insert : Update,
            NotificationSettingsRow.Parameters(uow.TenantId, userId, value, expectedVersion, now), ct);

    public async Task<NotificationAudience> AudienceAsync(IUnitOfWork uow, Guid? userId, CancellationToken ct)
    {
        var tenant = await uow.QuerySingleAsync<(string Name, string Timezone)>(
            "SELECT name, timezone FROM tenants WHERE id = @TenantId", new { uow.TenantId }, ct);
        var users = await uow.QueryAsync<UserColumns, NotificationSettingsRow, Recipient>($"""
            SELECT u.id, u.email, u.full_name, {Columns}
            FROM users u LEFT JOIN user_notification_settings s ON s.tenant_id = u.tenant_id AND s.user_id = u.id
            WHERE u.tenant_id = @TenantId AND u.status = 'active' AND (CAST(@UserId AS uuid) IS NULL OR u.id = @UserId)
            ORDER BY u.id
            """, new { uow.TenantId, UserId = userId },
            (user, settings) => new Recipient(user.Id, user.Email, user.FullName, settings?.Preferences ?? NotificationPreferences.Default),
            "call_completion", ct);
        return new NotificationAudience(tenant.Name, tenant.Timezone, users.ToList());
    }

    public async Task<IReadOnlyList<ReportCandidate>> ReportCandidatesAsync(IUnitOfWork uow, CancellationToken ct) =>
        (await uow.QueryAsync<NotificationSettingsRow>($"""
            SELECT t.timezone AS tenant_timezone, s.tenant_id, s.user_id, {Columns}
            FROM user_notification_settings s
            JOIN tenants t ON t.id = s.tenant_id
            JOIN users u ON u.tenant_id = s.tenant_id AND u.id = s.user_id
            WHERE (s.daily_summary OR s.weekly_report OR s.call_completion = 'summary_only')
              AND u.status = 'active' AND t.status IN ('active','paused')
            FOR UPDATE OF s SKIP LOCKED
            """, null, ct)).Select(row => new ReportCandidate(row.TenantId, row.UserId, row.TenantTimezone ?? "",
                row.Preferences, row.Stored.DailySentOn, row.Stored.WeeklySentOn)).ToList();

    public Task MarkReportSentAsync(IUnitOfWork uow, Guid tenantId, Guid userId, ReportKind report, DateOnly sentOn, CancellationToken ct) =>
        uow.ExecuteAsync(report == ReportKind.Daily
                ? "UPDATE user_notification_settings SET daily_sent_on = CAST(@SentOn AS date) WHERE tenant_id = @TenantId AND user_id = @UserId"
                : "UPDATE user_notification_settings SET weekly_sent_on = CAST(@SentOn AS date) WHERE tenant_id = @TenantId AND user_id = @UserId",
            new { TenantId = tenantId, UserId = userId, SentOn = sentOn.ToDateTime(TimeOnly.MinValue) }, ct);

    private sealed class UserColumns
    {
        public Guid Id { get; init; }
        public string Email { get; init; } = "";
        public string FullName { get; init; } = "";
    }
}
