using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Groups;

/// <summary>Contacts to add to or remove from a group (1 to 10,000 ids).</summary>
public sealed record MembersRequest([property: Required] IReadOnlyList<Guid>? ContactIds);
