using Dapper;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// The live contacts an export covers (the contact list's filters and sort), counted, then read row by row without
/// buffering so that an export of any size streams in constant memory.
/// </summary>
public sealed class PostgresContactExport(ContactListSql sql) : IContactExport
{
    public Task<long> CountAsync(IUnitOfWork uow, ContactListQuery query, DateTimeOffset now, CancellationToken ct)
    {
        var (where, parameters) = sql.Filter(query, uow.TenantId!.Value, now);
        return uow.QuerySingleAsync<long>($"SELECT count(*) FROM contacts c WHERE {where}", parameters, ct);
    }

    public IAsyncEnumerable<ContactRow> StreamAsync(IUnitOfWork uow, ContactListQuery query, DateTimeOffset now)
    {
        var (where, parameters) = sql.Filter(query, uow.TenantId!.Value, now);
        var (key, _) = ContactListSql.SortKey(query.Sort);
        var direction = query.Descending ? "DESC" : "ASC";
        return uow.Connection().QueryUnbufferedAsync<ContactRow>(
            $"SELECT {PostgresContactStore.SelectColumns} FROM contacts c WHERE {where} ORDER BY {key} {direction}, c.id {direction}",
            parameters, uow.Transaction());
    }
}
