namespace VioConcierge.Core.Calls;

/// <summary>
/// One call to place. <see cref="IdempotencyKey"/> is the reminder id, attempt and timer (or the Call Now request), recorded
/// before the provider is asked.
/// </summary>
public sealed record CallRequest(
    Guid TenantId,
    Guid ContactId,
    Guid CallSessionId,
    Guid? ReminderId,
    int? Attempt,
    string ToNumber,
    string IdempotencyKey,
    CallContext Context);
