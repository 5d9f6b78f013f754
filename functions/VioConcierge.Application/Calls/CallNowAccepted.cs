namespace VioConcierge.Application.Calls;

/// <summary>Call Now's 202: the call session to follow at <c>/api/calls/{callSessionId}</c>.</summary>
public sealed record CallNowAccepted(Guid CallSessionId);
