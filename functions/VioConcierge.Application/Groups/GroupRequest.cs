using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Groups;

/// <summary>Create or update a group (PATCH: null keeps a field); <see cref="Version"/> or If-Match guards updates.</summary>
public sealed record GroupRequest(string? Name, [property: MultiLineText] string? Description, string? Colour, IReadOnlyList<Guid>? ContactIds, int? Version);
