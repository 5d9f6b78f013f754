namespace VioConcierge.Core.Calls;

/// <summary>
/// The checks every call passes before it is dialled, whoever starts it (a reminder, Call Now, a campaign), in one
/// order, with one reason code each (<see cref="DialRefusals"/>): the contact still exists, the tenant is active, the
/// contact may be called, the voice agent is set up, now is inside calling hours, the number is valid. The limits come
/// after the gate (they take a slot); Call Now adds its per-contact rules.
/// </summary>
public static class DiallingGate
{
    /// <summary>The first reason the call may not be dialled now, or null when it may.</summary>
    public static string? Refusal(DialFacts facts) => facts switch
    {
        { ContactDeleted: true } => DialRefusals.ContactDeleted,
        { TenantActive: false } => DialRefusals.TenantNotActive,
        { DoNotCall: true } => DialRefusals.DoNotCall,
        { VoiceConfigured: false } => DialRefusals.VoiceNotConfigured,
        { CallingHours.IsAllowed: false } => DialRefusals.OutsideCallingHours,
        { NumberValid: false } => DialRefusals.InvalidNumber,
        _ => null,
    };
}
