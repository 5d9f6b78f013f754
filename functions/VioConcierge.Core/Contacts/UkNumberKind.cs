namespace VioConcierge.Core.Contacts;

/// <summary>The ranges of the UK numbering plan <see cref="UkPhoneNumber"/> accepts.</summary>
internal enum UkNumberKind
{
    /// <summary>07 mobiles (Isle of Man, Jersey and Guernsey included); 070 personal numbers and 076 pagers are not.</summary>
    Mobile,

    /// <summary>01 and 02 area-coded landlines.</summary>
    Geographic,

    /// <summary>03 numbers, charged like a landline and included in call bundles.</summary>
    NonGeographic,
}
