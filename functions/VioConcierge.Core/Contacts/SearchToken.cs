namespace VioConcierge.Core.Contacts;

/// <summary>One chunk of the query as written, before phone runs are joined and rules are checked.</summary>
internal readonly record struct SearchToken(
    string Text, bool Excluded, SearchField? Field, string? UnknownField, bool Quoted, bool Prefix)
{
    /// <summary>Written without any operator before it (a trailing <c>*</c> is allowed).</summary>
    public bool IsBare => !Excluded && Field is null && UnknownField is null && !Quoted;

    public SearchTerm ToTerm() =>
        new(Text, Prefix ? SearchMatch.Prefix : Quoted ? SearchMatch.Phrase : SearchMatch.Contains, Excluded, Field);
}
