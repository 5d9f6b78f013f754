namespace VioConcierge.Core.Contacts;

/// <summary>
/// One term of a contact search. A kept term (<paramref name="Excluded"/> false) must match in at least one of
/// <see cref="Fields"/>; an excluded term must match in none of them.
/// </summary>
/// <param name="Text">The text to look for, without operators or quotes, trimmed, case as typed, at least two
/// characters. <c>%</c>, <c>_</c> and <c>\</c> are literal: escape them with <see cref="LikePatterns.EscapeLike"/>.</param>
/// <param name="Match">How the text is compared.</param>
/// <param name="Excluded">Written with a leading <c>-</c>: contacts that match are left out.</param>
/// <param name="Field">Written as <c>field:value</c>: the only field searched; null searches all eight.</param>
public sealed record SearchTerm(string Text, SearchMatch Match, bool Excluded = false, SearchField? Field = null)
{
    private const string PhoneCharacters = "0123456789 +()-";

    /// <summary>The fields this term is compared with.</summary>
    public IReadOnlyList<SearchField> Fields => Field is { } only ? [only] : SearchFieldNames.All;

    /// <summary>
    /// The text looks like (part of) a phone number: only digits, spaces, <c>+</c>, <c>(</c>, <c>)</c>, <c>-</c>,
    /// with at least two digits. Wherever the phone field is searched, compare the term's digits with the phone's
    /// digits as well as the raw text, so <c>07700 900</c> finds <c>+447700900123</c>-style numbers.
    /// </summary>
    public bool IsPhoneLike => LooksLikePhone(Text);

    public static bool LooksLikePhone(string text) =>
        HasOnlyPhoneCharacters(text) && text.Count(char.IsAsciiDigit) >= 2;

    internal static bool HasOnlyPhoneCharacters(string text) => text.All(PhoneCharacters.Contains);
}
