using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Calls;

public interface ITimelineStore
{
    Task AppendAsync(IUnitOfWork uow, TimelineEntry entry, CancellationToken ct);

    Task AppendManyAsync(IUnitOfWork uow, IReadOnlyList<TimelineEntry> entries, CancellationToken ct);

    Task<IEnumerable<TimelineEntry>> ForContactAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct);
}
