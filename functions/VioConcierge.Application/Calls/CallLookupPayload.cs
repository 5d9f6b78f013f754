namespace VioConcierge.Application.Calls;

/// <summary>Check <see cref="Check"/> (from 1, <see cref="Core.Calls.CallLookupSchedule"/>) of a call session's lookup.</summary>
public sealed record CallLookupPayload(Guid CallSessionId, int Check);
