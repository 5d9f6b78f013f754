using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>The filtered, sorted, keyset-paged contact list with its total, and the status statistics.</summary>
/// <remarks>
/// Two ways to get the total, chosen by what the filter reads (measured with the contacts bench, bench/README.md):
/// <list type="bullet">
/// <item>A search narrowed through the search functions (or a list of ids: <see cref="ContactFilter.Narrowed"/>) has
/// to fetch every match anyway to sort them, so one statement counts them while sorting (<c>count(*) OVER ()</c>,
/// <see cref="CountedPageSql"/>): the search functions run once instead of twice. The cursor's keyset applies after
/// the count, so the total is that of the whole filter; only a page left empty by a cursor needs a separate count.
/// </item>
/// <item>Any other list reads the page from an index in sort order and stops after it (under 1 ms), while its total
/// is an index-only count; counting while sorting would fetch every matching row instead. Two statements
/// (<see cref="CountSql"/>, <see cref="PageSql"/>).</item>
/// </list>
/// </remarks>
public interface IContactList
{
    Task<Page<ContactRow>> ListAsync(IUnitOfWork uow, ContactListQuery query, int limit, ContactCursor? after, DateTimeOffset now, CancellationToken ct);

    /// <summary>Live contacts by status, the total, and how many were created in the last 24 hours.</summary>
    Task<ContactStats> StatsAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct);
}
