using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

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
public sealed class PostgresContactList(ContactListSql sql) : IContactList
{
    public async Task<Page<ContactRow>> ListAsync(IUnitOfWork uow, ContactListQuery query, int limit, ContactCursor? after, DateTimeOffset now, CancellationToken ct)
    {
        var (where, parameters, narrowed) = await sql.FilterAsync(uow, query, now, ct);
        if (after is not null)
        {
            parameters.Add("AfterKey", after.Key);
            parameters.Add("AfterId", after.Id);
        }
        parameters.Add("Limit", limit + 1);
        List<ContactRow> rows;
        long? total = null;
        if (narrowed)
        {
            var counted = (await uow.QueryAsync<ContactRow, long, (ContactRow Row, long Total)>(
                CountedPageSql(query, where, after is not null), parameters, (row, count) => (row, count), "total_count", ct)).ToList();
            rows = counted.ConvertAll(pair => pair.Row);
            total = counted.Count > 0 ? counted[0].Total : after is null ? 0 : null;
        }
        else
        {
            total = await uow.QuerySingleAsync<long>(CountSql(where), parameters, ct);
            rows = (await uow.QueryAsync<ContactRow>(PageSql(query, where, after is not null), parameters, ct)).ToList();
        }
        total ??= await uow.QuerySingleAsync<long>(CountSql(where), parameters, ct);
        var next = rows.Count > limit
            ? new ContactCursor(ContactCursor.KeyOf(rows[limit - 1], query.Sort), rows[limit - 1].Id).Encode(query.Sort, query.Descending)
            : null;
        return new Page<ContactRow>(rows.Take(limit).ToArray(), next, total.Value);
    }

    /// <summary>The total of the filter <paramref name="where"/> (over <c>contacts c</c>).</summary>
    public static string CountSql(string where) => $"SELECT count(*) FROM contacts c WHERE {where}";

    /// <summary>One page (<c>@Limit</c> rows) in sort order, after the cursor (<c>@AfterKey</c>, <c>@AfterId</c>) if any.</summary>
    public static string PageSql(ContactListQuery query, string where, bool hasCursor)
    {
        var (key, type) = ContactListSql.SortKey(query.Sort);
        var direction = query.Descending ? "DESC" : "ASC";
        var keyset = hasCursor ? $" AND ({key}, c.id) {(query.Descending ? "<" : ">")} (CAST(@AfterKey AS {type}), @AfterId)" : "";
        return $"""
            SELECT {PostgresContactStore.SelectColumns} FROM contacts c
            WHERE {where}{keyset}
            ORDER BY {key} {direction}, c.id {direction}
            LIMIT @Limit
            """;
    }

    /// <summary>
    /// One page as <see cref="PageSql"/>, each row ending with <c>total_count</c>, the filter's total. The count runs
    /// over the whole filter before the cursor's keyset applies; the stored columns' group ids are read for the page's
    /// rows only (the outer level's select list is evaluated after the limit).
    /// </summary>
    public static string CountedPageSql(ContactListQuery query, string where, bool hasCursor)
    {
        var (key, type) = ContactListSql.SortKey(query.Sort);
        var direction = query.Descending ? "DESC" : "ASC";
        var keyset = hasCursor ? $"WHERE (c.sort_key, c.id) {(query.Descending ? "<" : ">")} (CAST(@AfterKey AS {type}), @AfterId)" : "";
        return $"""
            SELECT {PostgresContactStore.SelectColumns}, c.total_count
            FROM (SELECT c.*, {key} AS sort_key, count(*) OVER () AS total_count FROM contacts c WHERE {where}) c
            {keyset}
            ORDER BY c.sort_key {direction}, c.id {direction}
            LIMIT @Limit
            """;
    }

    /// <summary>Live contacts by status, the total, and how many were created in the last 24 hours.</summary>
    public async Task<ContactStats> StatsAsync(IUnitOfWork uow, DateTimeOffset now, CancellationToken ct)
    {
        var rows = (await uow.QueryAsync<(string Status, long Count, long Recent)>("""
            SELECT status, count(*), count(*) FILTER (WHERE created_at >= @Since)
            FROM contacts WHERE tenant_id = @TenantId AND deleted_at IS NULL
            GROUP BY status
            """, new { uow.TenantId, Since = now.AddHours(-24) }, ct)).ToList();
        var byStatus = ContactStatus.All.ToDictionary(status => status, status => rows.Where(r => r.Status == status).Sum(r => r.Count));
        return new ContactStats(byStatus, rows.Sum(r => r.Count), rows.Sum(r => r.Recent));
    }
}
