using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Notifications;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Notifications;

/// <summary>
/// A period's call figures from <c>call_sessions</c>, by when each call started: placed (it reached the provider: it
/// has an outcome or is live, not a session refused before dialling), confirmed, cancelled, reschedule requested, and
/// not answered (no answer, busy, voicemail) or failed.
/// </summary>
public sealed class PostgresReportFigures : IReportFigures
{
    public async Task<ReportFigures> ForAsync(IUnitOfWork uow, DateTimeOffset from, DateTimeOffset to, CancellationToken ct)
    {
        var (placed, confirmed, cancelled, reschedules, unanswered) = await uow.QuerySingleAsync<(long, long, long, long, long)>("""
            SELECT count(*) FILTER (WHERE outcome IS NOT NULL OR status IN ('ringing','in_progress')) AS placed,
                   count(*) FILTER (WHERE outcome = 'confirmed') AS confirmed,
                   count(*) FILTER (WHERE outcome = 'cancelled') AS cancelled,
                   count(*) FILTER (WHERE outcome = 'reschedule_requested') AS reschedule_requests,
                   count(*) FILTER (WHERE outcome IN ('no_answer','busy','voicemail') OR (outcome IS NOT NULL AND status = 'failed')) AS no_answer_or_failed
            FROM call_sessions
            WHERE tenant_id = @TenantId AND created_at >= @From AND created_at < @To
            """, new { uow.TenantId, From = from, To = to }, ct);
        return new ReportFigures(placed, confirmed, cancelled, reschedules, unanswered);
    }
}
