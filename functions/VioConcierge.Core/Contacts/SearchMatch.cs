namespace VioConcierge.Core.Contacts;

/// <summary>How a term's text is compared with a field value. Every comparison ignores case.</summary>
public enum SearchMatch
{
    /// <summary>A plain word: the text appears anywhere in the field value (partial match).</summary>
    Contains,

    /// <summary>
    /// A quoted phrase: the text, spaces included, appears anywhere in the field value. Operators inside the quotes
    /// (<c>-</c>, <c>*</c>, <c>field:</c>) are literal characters.
    /// </summary>
    Phrase,

    /// <summary>
    /// A term ending in <c>*</c>: the field value, or a word in it, starts with the text. A word starts at the
    /// beginning of the value or after any character that is not a letter or digit, so <c>dent*</c> finds
    /// "Dental check" and "Paediatric dentistry" but not "accident". Against phone digits: the digits start with
    /// the term's digits.
    /// </summary>
    Prefix,
}
