namespace VioConcierge.Application.Contacts;

/// <summary>How many contacts the selection matched and how many the action actually changed.</summary>
public sealed record BulkResponse(string Action, int Matched, int Changed);
