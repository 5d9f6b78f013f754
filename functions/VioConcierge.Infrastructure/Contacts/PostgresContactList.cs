using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>The filtered, sorted, keyset-paged contact list with its total, and the status statistics.</summary>
public sealed class PostgresContactList(ContactListSql sql)
{
    public async Task<Page<ContactRow>> ListAsync(UnitOfWork uow, ContactListQuery query, int limit, ContactCursor? after, DateTimeOffset now, CancellationToken ct)
    {
        var (where, parameters) = sql.Filter(query, uow.TenantId!.Value, now);
        var total = await uow.QuerySingleAsync<long>($"SELECT count(*) FROM contacts c WHERE {where}", parameters, ct);
        var (key, type) = ContactListSql.SortKey(query.Sort);
        var direction = query.Descending ? "DESC" : "ASC";
        var keyset = "";
        if (after is not null)
        {
            keyset = $" AND ({key}, c.id) {(query.Descending ? "<" : ">")} (CAST(@AfterKey AS {type}), @AfterId)";
            parameters.Add("AfterKey", after.Key);
            parameters.Add("AfterId", after.Id);
        }
        parameters.Add("Limit", limit + 1);
        var rows = (await uow.QueryAsync<ContactRow>($"""
            SELECT {PostgresContactStore.SelectColumns} FROM contacts c
            WHERE {where}{keyset}
            ORDER BY {key} {direction}, c.id {direction}
            LIMIT @Limit
            """, parameters, ct)).ToList();
        var next = rows.Count > limit
            ? new ContactCursor(ContactCursor.KeyOf(rows[limit - 1], query.Sort), rows[limit - 1].Id).Encode(query.Sort, query.Descending)
            : null;
        return new Page<ContactRow>(rows.Take(limit).ToArray(), next, total);
    }

    /// <summary>Live contacts by status, the total, and how many were created in the last 24 hours.</summary>
    public async Task<ContactStats> StatsAsync(UnitOfWork uow, DateTimeOffset now, CancellationToken ct)
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
