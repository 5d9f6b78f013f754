namespace VioConcierge.Application.Groups;

/// <summary>How many of the given contacts changed membership, and the group's member count afterwards.</summary>
public sealed record MembersResponse(int Changed, long MemberCount);
