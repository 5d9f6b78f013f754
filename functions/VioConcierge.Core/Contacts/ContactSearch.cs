using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// The contact list's <c>q</c> parameter, parsed: terms that must all match (AND), each in any of the eight
/// search fields unless restricted, and excluded terms that must match in none of their fields.
/// </summary>
public sealed record ContactSearch
{
    public const string ErrorKey = "q";
    public const int MinLength = 2;
    public const int MaxLength = 200;
    public const int MaxTerms = 10;
    public const string TooShortMessage = "Search needs at least 2 characters.";

    private ContactSearch(IReadOnlyList<SearchTerm> terms) => Terms = terms;

    public IReadOnlyList<SearchTerm> Terms { get; }

    /// <summary>
    /// Parses a search such as <c>"john smith" -cancelled email:@gmail.com dent*</c>. Callers skip the search when
    /// <c>q</c> is absent; a blank or one-character <c>q</c> is an error (keyed <c>q</c>), like every rule below.
    /// <list type="bullet">
    /// <item>The trimmed query has 2..200 characters, and yields 1..10 terms, each at least 2 characters long
    /// once operators and quotes are removed.</item>
    /// <item><c>word</c>: contains. <c>"a phrase"</c>: contains the phrase; whitespace inside is collapsed to
    /// single spaces; a missing closing quote makes the rest of the query the phrase. <c>word*</c> or
    /// <c>"a phrase"*</c>: prefix (see <see cref="SearchMatch.Prefix"/>); a <c>*</c> anywhere else is literal, as
    /// are <c>%</c>, <c>_</c> and quotes inside a word (<c>don"t</c>).</item>
    /// <item><c>-term</c> excludes any of the above, fielded or not (<c>-"no show"</c>, <c>-email:x</c>). The
    /// <c>-</c> must come first; elsewhere it is literal (<c>t-shirt</c>, <c>name:-x</c>).</item>
    /// <item><c>field:value</c> (also <c>field: value</c>): when the text before the first colon is ASCII letters
    /// and underscores it names a field (see <see cref="SearchFieldNames"/>, any case); an unknown name is an
    /// error listing the allowed ones. Text such as <c>10:30</c>, <c>a@b.c:x</c> or <c>https://...</c> is a plain
    /// term; quote it (<c>"re:visit"</c>) to search a literal word followed by a colon.</item>
    /// <item>An operator with no text (<c>-</c>, <c>*</c>, <c>""</c>, <c>name:</c>) is dropped, as typing is
    /// under way; when nothing else is left the query is too short.</item>
    /// <item>Pieces of a phone number separated by spaces (<c>07700 900 123</c>) form one term; see
    /// <see cref="SearchTerm.IsPhoneLike"/>.</item>
    /// </list>
    /// </summary>
    public static Result<ContactSearch> Parse(string? q)
    {
        var query = q?.Trim() ?? "";
        if (query.Length < MinLength)
        {
            return FieldErrors.Single(ErrorKey, TooShortMessage);
        }
        if (query.Length > MaxLength)
        {
            return FieldErrors.Single(ErrorKey, $"Search must be at most {MaxLength} characters.");
        }
        var tokens = PhoneRuns.Join(SearchQueryReader.Read(query));
        var errors = new FieldErrors();
        foreach (var name in tokens.Select(t => t.UnknownField).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
        {
            errors.Add(ErrorKey, $"Unknown search field \"{name}\". Use one of: {SearchFieldNames.Allowed}.");
        }
        var terms = tokens.Where(t => t.UnknownField is null && t.Text.Length > 0).Select(t => t.ToTerm()).ToList();
        var tooShort = terms.Where(t => t.Text.Length < MinLength).Select(t => $"\"{t.Text}\"").ToList();
        errors.AddIf(tooShort.Count > 0, ErrorKey,
            $"Each search term needs at least {MinLength} characters: {string.Join(", ", tooShort)}.");
        errors.AddIf(terms.Count > MaxTerms, ErrorKey, $"Search can have at most {MaxTerms} terms.");
        errors.AddIf(errors.IsEmpty && terms.Count == 0, ErrorKey, TooShortMessage);
        return errors.IsEmpty ? new ContactSearch(terms) : errors;
    }

    public bool Equals(ContactSearch? other) => other is not null && Terms.SequenceEqual(other.Terms);

    public override int GetHashCode() => Terms.Aggregate(0, HashCode.Combine);
}
