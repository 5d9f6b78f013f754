using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>Users' notification preferences, and the users an event or a report goes to.</summary>
public interface INotificationPreferencesStore
{
    /// <summary>The user's saved preferences in the transaction's tenant; null when never saved.</summary>
    Task<StoredPreferences?> GetAsync(IUnitOfWork uow, Guid userId, CancellationToken ct);

    /// <summary>
    /// Saves the preferences if they are still at <paramref name="expectedVersion"/> (0 = never saved), with the dates
    /// the reports count as sent on; returns the new version, or null on a conflict.
    /// </summary>
    Task<int?> SaveAsync(IUnitOfWork uow, Guid userId, StoredPreferences value, int expectedVersion, DateTimeOffset now, CancellationToken ct);

    /// <summary>
    /// The tenant's active users with their preferences (only <paramref name="userId"/> when given: none when that
    /// user is gone or deactivated).
    /// </summary>
    Task<NotificationAudience> AudienceAsync(IUnitOfWork uow, Guid? userId, CancellationToken ct);

    /// <summary>
    /// Platform scope: every user with a report switched on (see <see cref="ReportCandidate"/>), locked for this
    /// transaction; rows another instance holds are skipped.
    /// </summary>
    Task<IReadOnlyList<ReportCandidate>> ReportCandidatesAsync(IUnitOfWork uow, CancellationToken ct);

    /// <summary>Platform scope: records the date a user's daily summary or weekly report was sent on.</summary>
    Task MarkReportSentAsync(IUnitOfWork uow, Guid tenantId, Guid userId, ReportKind report, DateOnly sentOn, CancellationToken ct);
}
