using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>
/// What the dialling gate decides on. The contact and tenant facts are always known; a check left null is one this
/// caller does not make at this point: a reminder's timer already chose an allowed moment (no <see cref="CallingHours"/>),
/// a campaign step leaves the voice set-up to the placement of the call it creates.
/// </summary>
public sealed record DialFacts(
    bool ContactDeleted,
    bool DoNotCall,
    bool TenantActive,
    bool? VoiceConfigured = null,
    AllowedCheck? CallingHours = null,
    bool? NumberValid = null)
{
    /// <summary>A contact that does not exist (any more): refused as deleted.</summary>
    public static DialFacts NoContact { get; } = new(true, false, false);
}
