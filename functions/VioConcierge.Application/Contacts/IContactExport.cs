using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The live contacts an export covers (the contact list's filters and sort), counted, then read row by row without
/// buffering so that an export of any size streams in constant memory.
/// </summary>
public interface IContactExport
{
    Task<long> CountAsync(IUnitOfWork uow, ContactListQuery query, DateTimeOffset now, CancellationToken ct);

    IAsyncEnumerable<ContactRow> StreamAsync(IUnitOfWork uow, ContactListQuery query, DateTimeOffset now);
}
