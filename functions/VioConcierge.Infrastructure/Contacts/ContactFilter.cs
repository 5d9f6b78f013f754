using Dapper;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// A contact list filter over <c>contacts c</c>: its WHERE clause, its parameters, and whether it selects from a set
/// an index found (a search narrowed through the search functions, or a list of ids) rather than by reading the
/// tenant's contacts. The matches of a narrowed filter are few enough to count while sorting them
/// (<see cref="PostgresContactList"/>).
/// </summary>
public sealed record ContactFilter(string Where, DynamicParameters Parameters, bool Narrowed);
