namespace VioConcierge.Core.Contacts;

/// <summary>
/// What a contact takes from its tenant when it does not say (seed 000 call settings): the time zone, the call timing
/// ("default timing for new contacts"), and whether staff may give a contact its own timing at all.
/// </summary>
public sealed record ContactDefaults(string Timezone, int CallBeforeHours, bool CustomTimingAllowed = true)
{
    /// <summary>The refusal when custom timing is off and a contact asks for another timing than the default.</summary>
    public string CustomTimingRefusal =>
        $"Custom call timing is turned off for this account: contacts are called {CallBeforeHours} hours before their appointment.";
}
