using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Notifications;

/// <summary>The figures a daily summary or weekly report shows, from the tenant's call sessions.</summary>
public interface IReportFigures
{
    /// <summary>The figures of the calls started in [<paramref name="from"/>, <paramref name="to"/>) in the transaction's tenant.</summary>
    Task<ReportFigures> ForAsync(IUnitOfWork uow, DateTimeOffset from, DateTimeOffset to, CancellationToken ct);
}
