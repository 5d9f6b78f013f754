namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>Whether a booking held a phone number: none anywhere, one that is a UK number, or only numbers that are not.</summary>
public enum PhoneFinding
{
    None,
    Valid,
    Invalid,
}
