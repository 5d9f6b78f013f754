using System.ComponentModel.DataAnnotations;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// POST /api/contacts/bulk: an action over contacts chosen by <see cref="Ids"/> or by a list <see cref="Filter"/>
/// (exactly one of them). Status actions take <see cref="Status"/> and <see cref="Reason"/>; group actions take
/// <see cref="GroupIds"/>.
/// </summary>
public sealed record BulkRequest([property: Required] string? Action,
    IReadOnlyList<Guid>? Ids,
    ContactListRequest? Filter,
    string? Status,
    [property: MultiLineText] string? Reason,
    IReadOnlyList<Guid>? GroupIds);
