using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Writes many contacts with one statement each way (<c>INSERT ... SELECT FROM unnest(...)</c> and
/// <c>UPDATE ... FROM unnest(...)</c>), in the caller's transaction. COPY is not an option: PostgreSQL refuses
/// <c>COPY FROM</c> into tables with row-level security. Array columns travel as array literals, cast per row.
/// </summary>
public interface IContactBulkWriter
{
    /// <summary>Live contacts of the tenant with one of these E.164 phones or (case-insensitive) emails.</summary>
    Task<IReadOnlyList<ContactRow>> FindMatchesAsync(IUnitOfWork uow, IReadOnlyCollection<string> phones, IReadOnlyCollection<string> emails, CancellationToken ct);

    Task InsertAsync(IUnitOfWork uow, IReadOnlyList<ContactRow> rows, CancellationToken ct);

    /// <summary>Updates each contact still at its expected version; returns the ids actually updated.</summary>
    Task<IReadOnlySet<Guid>> UpdateAsync(IUnitOfWork uow, IReadOnlyList<(ContactRow Row, int ExpectedVersion)> updates, DateTimeOffset now, CancellationToken ct);
}
