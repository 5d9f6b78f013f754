using Dapper;
using Npgsql;
using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// Builds the WHERE clause and keyset ordering of the contact list from a <see cref="ContactListQuery"/>. Every value
/// is a parameter; only fixed SQL fragments are concatenated.
/// </summary>
public sealed class ContactListSql(ContactSearchSql search)
{
    /// <summary>
    /// The filter with its search narrowed through the search functions when a term is selective enough
    /// (<see cref="ContactSearchSql.ChooseNarrowingAsync"/>, one round trip, in the transaction's tenant scope).
    /// </summary>
    public async Task<ContactFilter> FilterAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, ContactListQuery query, Guid tenantId, DateTimeOffset now, CancellationToken ct)
    {
        var narrowBy = query.Search is { } terms ? await search.ChooseNarrowingAsync(connection, transaction, terms, tenantId, ct) : null;
        var (where, parameters) = Filter(query, tenantId, now, narrowBy);
        return new ContactFilter(where, parameters, narrowBy is not null || query.Ids is not null);
    }

    /// <inheritdoc cref="FilterAsync(NpgsqlConnection, NpgsqlTransaction?, ContactListQuery, Guid, DateTimeOffset, CancellationToken)"/>
    public Task<ContactFilter> FilterAsync(IUnitOfWork uow, ContactListQuery query, DateTimeOffset now, CancellationToken ct) =>
        FilterAsync(uow.Connection(), uow.Transaction(), query, uow.TenantId!.Value, now, ct);

    /// <summary>The filter; the search term at <paramref name="narrowBy"/> (if any) narrows through the indexes.</summary>
    public (string Where, DynamicParameters Parameters) Filter(ContactListQuery query, Guid tenantId, DateTimeOffset now, int? narrowBy = null)
    {
        var p = new DynamicParameters(new { TenantId = tenantId, Now = now });
        var where = new List<string> { "c.tenant_id = @TenantId", "c.deleted_at IS NULL" };
        if (query.Statuses.Count > 0)
        {
            where.Add("c.status = ANY(@Statuses)");
            p.Add("Statuses", query.Statuses.ToArray());
        }
        if (query.Ids is { } ids)
        {
            where.Add("c.id = ANY(@Ids)");
            p.Add("Ids", ids.ToArray());
        }
        AddGroups(query, where, p);
        if (query.Search is { } terms)
        {
            where.AddRange(search.Conditions(terms, tenantId, p, narrowBy));
        }
        if (query.AppointmentFrom is { } from)
        {
            where.Add("c.appointment_at >= @AppointmentFrom");
            p.Add("AppointmentFrom", from);
        }
        if (query.AppointmentTo is { } to)
        {
            where.Add("c.appointment_at < @AppointmentTo");
            p.Add("AppointmentTo", to);
        }
        AddCall(query, where, p);
        if (query.LastContact == LastContactFilter.Never)
        {
            where.Add("c.last_contact_at IS NULL");
        }
        else if (query.LastContact == LastContactFilter.Since)
        {
            where.Add("c.last_contact_at >= @LastContactSince");
            p.Add("LastContactSince", query.LastContactSince);
        }
        return (string.Join(" AND ", where), p);
    }

    /// <summary>The sort key expression and its SQL type (cursor values are passed as text and cast).</summary>
    public static (string Key, string Type) SortKey(ContactSort sort) => sort switch
    {
        ContactSort.Name => ("lower(c.name)", "text"),
        ContactSort.Status => ("c.status", "text"),
        ContactSort.Appointment => ("coalesce(c.appointment_at, 'infinity')", "timestamptz"),
        ContactSort.Attempts => ("c.call_attempts", "integer"),
        _ => ("c.created_at", "timestamptz"),
    };

    private static void AddGroups(ContactListQuery query, List<string> where, DynamicParameters p)
    {
        const string member = "SELECT 1 FROM contact_group_members m WHERE m.tenant_id = c.tenant_id AND m.contact_id = c.id";
        if (query.Ungrouped)
        {
            where.Add($"NOT EXISTS ({member})");
        }
        if (query.Groups.Count == 0)
        {
            return;
        }
        p.Add("Groups", query.Groups.Distinct().ToArray());
        p.Add("GroupCount", query.Groups.Distinct().Count());
        where.Add(query.GroupMatch switch
        {
            GroupMatch.All => $"(SELECT count(*) FROM contact_group_members m WHERE m.tenant_id = c.tenant_id AND m.contact_id = c.id AND m.group_id = ANY(@Groups)) = @GroupCount",
            GroupMatch.Exclude => $"NOT EXISTS ({member} AND m.group_id = ANY(@Groups))",
            _ => $"EXISTS ({member} AND m.group_id = ANY(@Groups))",
        });
    }

    private static void AddCall(ContactListQuery query, List<string> where, DynamicParameters p)
    {
        if (query.Call is not { } call)
        {
            return;
        }
        where.Add("c.status = 'pending'");
        switch (call)
        {
            case CallFilter.DueNow:
                where.Add("c.call_due_at <= @Now AND c.appointment_at > @Now");
                break;
            case CallFilter.DueToday:
                where.Add("c.call_due_at >= @TodayStart AND c.call_due_at < @TomorrowStart");
                p.Add("TodayStart", query.TodayStart);
                p.Add("TomorrowStart", query.TomorrowStart);
                break;
            case CallFilter.Overdue:
                where.Add("c.appointment_at <= @Now");
                break;
            default:
                where.Add("c.call_due_at > @Now");
                break;
        }
    }
}
