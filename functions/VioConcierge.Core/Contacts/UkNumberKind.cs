namespace VioConcierge.Core.Contacts;

/// <summary>The ranges of the UK numbering plan <see cref="UkPhoneNumber"/> accepts.</summary>
internal enum UkNumberKind
{
    /// <summary>07 mobiles, without 070 personal numbers and 076 pagers (07624 Isle of Man mobiles are kept).</summary>
    Mobile,

    /// <summary>01 and 02 area-coded landlines.</summary>
    Geographic,

    /// <summary>03 numbers, charged like a landline and included in call bundles.</summary>
    NonGeographic,
}
