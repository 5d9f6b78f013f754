using VioConcierge.Application.Groups;

namespace VioConcierge.Application.Groups;

public sealed record GroupResponse(Guid Id, string Name, string? Description, string Colour, long MemberCount,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, int Version)
{
    public static GroupResponse From(GroupRow row) =>
        new(row.Id, row.Name, row.Description, row.Colour, row.MemberCount, row.CreatedAt, row.UpdatedAt, row.Version);
}
