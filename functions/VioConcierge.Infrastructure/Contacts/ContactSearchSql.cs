using Dapper;
using Microsoft.Extensions.Options;
using Npgsql;
using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// Turns parsed search terms into SQL conditions. Plain fields are matched case-insensitively with LIKE on
/// lower-cased columns (all-field terms use the trigram-indexed <c>search_text</c>); phone terms also match the
/// number's digits in any written form; notes and special instructions, encrypted at rest, match through the
/// blind index.
/// <para>
/// Row-level security keeps PostgreSQL from using LIKE and <c>@&gt;</c> as index conditions (they are not
/// leakproof), so the plain conditions read every contact of the tenant. One kept term can instead narrow the search
/// to a candidate set of ids from the index-backed <c>contact_ids_like</c>, <c>contact_ids_digits</c> and
/// <c>contact_ids_private</c> functions (migration 0007; they read the tenant from the transaction, never from an
/// argument): <c>c.id IN (ids of every alternative)</c>. An all-field term matches exactly its candidates; a
/// field-restricted term also keeps its column condition, since its candidates come from <c>search_text</c>, which
/// contains every plain field (a superset). The other terms keep their plain conditions, checked on the candidates
/// only; excluded terms always do (an exclusion cannot narrow the rows read).
/// </para>
/// <para>
/// Which term narrows is chosen per search (<see cref="ChooseNarrowingAsync"/>): the kept term the planner estimates
/// most selective, and only when its candidates are few against the tenant's contacts
/// (<see cref="ContactSearchOptions.MaxCandidateRatio"/>): the trigram indexes are not per tenant, so a common term,
/// or a small tenant in a large table, is faster read the plain way. A term the trigram indexes cannot narrow (no
/// run of three letters or digits: the index would read all of itself) never narrows.
/// </para>
/// </summary>
public sealed class ContactSearchSql(BlindIndex blindIndex, IOptions<ContactSearchOptions> options)
{
    private const string LikeFunction = "contact_ids_like";
    private const string DigitsFunction = "contact_ids_digits";
    private const string PrivateFunction = "contact_ids_private";

    /// <summary>pg_trgm extracts at least one trigram from a LIKE pattern whose text has a run of this many.</summary>
    private const int TrigramRun = 3;

    /// <summary>One condition per term; the term at <paramref name="narrowBy"/> (if any) narrows through the indexes.</summary>
    public IEnumerable<string> Conditions(ContactSearch search, Guid tenantId, DynamicParameters parameters, int? narrowBy = null)
    {
        for (var n = 0; n < search.Terms.Count; n++)
        {
            var term = search.Terms[n];
            var alternatives = Alternatives(term, tenantId, parameters, $"q{n}");
            var condition = n == narrowBy && Narrowable(term, alternatives) ? Narrowed(alternatives) : Plain(alternatives);
            yield return term.Excluded ? $"NOT ({condition})" : $"({condition})";
        }
    }

    /// <summary>
    /// The index of the kept term to narrow by, or null to read the tenant's contacts with the plain conditions.
    /// Asks the planner (<c>contact_search_estimate</c>, one round trip) how many contacts each narrowable term's
    /// patterns match against the tenant's contacts and takes the lowest, if within the configured ratio. Runs in
    /// the transaction's tenant scope.
    /// </summary>
    public async Task<int?> ChooseNarrowingAsync(
        NpgsqlConnection connection, NpgsqlTransaction? transaction, ContactSearch search, Guid tenantId, CancellationToken ct)
    {
        var narrowable = search.Terms
            .Select((term, index) => (Index: index, Alternatives: Alternatives(term, tenantId, new DynamicParameters(), "q"), Term: term))
            .Where(candidate => Narrowable(candidate.Term, candidate.Alternatives))
            .ToList();
        if (narrowable.Count == 0 || options.Value.MaxCandidateRatio <= 0)
        {
            return null;
        }
        var parameters = new DynamicParameters();
        var estimates = new List<string>();
        foreach (var (candidate, i) in narrowable.Select((candidate, i) => (candidate, i)))
        {
            var calls = candidate.Alternatives.SelectMany(alternative => alternative.Candidates!).ToList();
            parameters.Add($"s{i}", calls.Where(call => call.Function == LikeFunction).Select(call => (string)call.Value).ToArray());
            parameters.Add($"d{i}", calls.Where(call => call.Function == DigitsFunction).Select(call => (string)call.Value).ToArray());
            estimates.Add($"coalesce(contact_search_estimate(@s{i}, @d{i}), 'infinity')");
        }
        var ratios = await connection.ExecuteScalarAsync<double[]>(new CommandDefinition(
            $"SELECT ARRAY[{string.Join(", ", estimates)}]::float8[]", parameters, transaction, cancellationToken: ct))
            ?? throw new InvalidOperationException("contact_search_estimate returned nothing.");
        var best = narrowable.Zip(ratios, (candidate, ratio) => (candidate.Index, Ratio: ratio)).MinBy(estimate => estimate.Ratio);
        return best.Ratio <= options.Value.MaxCandidateRatio ? best.Index : null;
    }

    private static bool Narrowable(SearchTerm term, IReadOnlyList<Alternative> alternatives) =>
        !term.Excluded && alternatives.All(alternative => alternative.Candidates is not null);

    private static string Plain(IReadOnlyList<Alternative> alternatives) =>
        string.Join(" OR ", alternatives.Select(alternative => alternative.Condition));

    private static string Narrowed(IReadOnlyList<Alternative> alternatives)
    {
        var candidates = "c.id IN (" + string.Join(" UNION ALL ", alternatives
            .SelectMany(alternative => alternative.Candidates!)
            .Select(call => $"SELECT * FROM {call.Function}(@{call.Parameter})")) + ")";
        return alternatives.All(alternative => alternative.Exact) ? candidates : $"{candidates} AND ({Plain(alternatives)})";
    }

    private List<Alternative> Alternatives(SearchTerm term, Guid tenantId, DynamicParameters parameters, string name)
    {
        var text = term.Text.ToLowerInvariant();
        var escaped = LikePatterns.EscapeLike(text);
        var patterns = new Patterns(
            name, term.Match == SearchMatch.Prefix ? escaped + "%" : "%" + escaped + "%",
            name + "w", "% " + escaped + "%");
        parameters.Add(patterns.Name, patterns.Value);
        parameters.Add(patterns.WordName, patterns.WordValue);
        var digits = term.IsPhoneLike ? UkPhoneNumber.DigitsForSearch(term.Text) : "";
        var digitsPattern = "%" + digits + "%";
        parameters.Add(name + "d", digitsPattern);
        var alternatives = new List<Alternative>();
        if (term.Field is null)
        {
            alternatives.Add(Like("c.search_text", term, patterns, text, exact: true));
            alternatives.Add(Private(PrivateSearch.NotesTag, term, tenantId, parameters, name + "n"));
            alternatives.Add(Private(PrivateSearch.InstructionsTag, term, tenantId, parameters, name + "i"));
        }
        else
        {
            alternatives.Add(term.Field switch
            {
                SearchField.Notes => Private(PrivateSearch.NotesTag, term, tenantId, parameters, name + "n"),
                SearchField.SpecialInstructions => Private(PrivateSearch.InstructionsTag, term, tenantId, parameters, name + "i"),
                var field => Like(Column(field!.Value), term, patterns, text, exact: false),
            });
        }
        if (digits.Length >= 2 && term.Field is null or SearchField.Phone)
        {
            alternatives.Add(new Alternative($"c.phone_digits LIKE @{name}d",
                digits.Length >= TrigramRun ? [new Call(DigitsFunction, name + "d", digitsPattern)] : null, Exact: true));
        }
        return alternatives;
    }

    /// <summary>
    /// A LIKE on a plain column. Its candidates are the contacts whose <c>search_text</c> matches the same pattern(s):
    /// every plain column is a space-separated part of <c>search_text</c> (lower-cased the same way), and the name
    /// comes first, so a value (or a word in it) that matches also matches there.
    /// </summary>
    private static Alternative Like(string column, SearchTerm term, Patterns patterns, string text, bool exact)
    {
        var prefix = term.Match == SearchMatch.Prefix;
        Call[]? candidates = !HasTrigram(text) ? null
            : prefix ? [new Call(LikeFunction, patterns.Name, patterns.Value), new Call(LikeFunction, patterns.WordName, patterns.WordValue)]
            : [new Call(LikeFunction, patterns.Name, patterns.Value)];
        var condition = prefix
            ? $"({column} LIKE @{patterns.Name} OR {column} LIKE @{patterns.WordName})"
            : $"{column} LIKE @{patterns.Name}";
        return new Alternative(condition, candidates, exact);
    }

    private Alternative Private(string tag, SearchTerm term, Guid tenantId, DynamicParameters parameters, string name)
    {
        var grams = blindIndex.ForTerm(tenantId, tag, term.Text);
        parameters.Add(name, grams);
        return new Alternative($"c.private_search @> @{name}", grams.Length > 0 ? [new Call(PrivateFunction, name, grams)] : null, Exact: true);
    }

    /// <summary>Whether the text has a run of letters or digits long enough for the trigram index to narrow on.</summary>
    private static bool HasTrigram(string text)
    {
        var run = 0;
        foreach (var c in text)
        {
            run = char.IsAsciiLetterOrDigit(c) ? run + 1 : 0;
            if (run >= TrigramRun)
            {
                return true;
            }
        }
        return false;
    }

    private static string Column(SearchField field) => field switch
    {
        SearchField.Name => "lower(c.name)",
        SearchField.Phone => "(c.phone || ' ' || c.phone_digits)",
        SearchField.Email => "lower(coalesce(c.email, ''))",
        SearchField.AppointmentType => "lower(coalesce(c.appointment_type, ''))",
        SearchField.OwnerName => "lower(coalesce(c.owner_name, ''))",
        SearchField.CompanyName => "lower(coalesce(c.company_name, ''))",
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    /// <summary>A term's LIKE pattern and, for prefix terms, its word-start pattern, with their parameter names.</summary>
    private sealed record Patterns(string Name, string Value, string WordName, string WordValue);

    /// <summary>A search function called with one parameter.</summary>
    private sealed record Call(string Function, string Parameter, object Value);

    /// <summary>
    /// One way a term can match: its plain SQL condition, the search function calls whose ids contain every contact it
    /// matches (null when no index can narrow it), and whether those ids are exactly its matches.
    /// </summary>
    private sealed record Alternative(string Condition, IReadOnlyList<Call>? Candidates, bool Exact);
}
