using Dapper;
using VioConcierge.Core.Contacts;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Contacts;

/// <summary>
/// Turns parsed search terms into SQL conditions. Plain fields are matched case-insensitively with LIKE on
/// lower-cased columns (all-field terms use the trigram-indexed <c>search_text</c>); phone terms also match the
/// number's digits in any written form; notes and special instructions, encrypted at rest, match through the
/// blind index.
/// </summary>
public sealed class ContactSearchSql(BlindIndex blindIndex)
{
    private const string NotesTag = "notes";
    private const string InstructionsTag = "special_instructions";

    public static int[] PrivateSearchFor(BlindIndex index, Guid tenantId, string? notes, string? instructions) =>
        index.ForFields(tenantId, (NotesTag, notes), (InstructionsTag, instructions));

    public IEnumerable<string> Conditions(ContactSearch search, Guid tenantId, DynamicParameters parameters)
    {
        var n = 0;
        foreach (var term in search.Terms)
        {
            var condition = Term(term, tenantId, parameters, $"q{n++}");
            yield return term.Excluded ? $"NOT ({condition})" : $"({condition})";
        }
    }

    private string Term(SearchTerm term, Guid tenantId, DynamicParameters parameters, string name)
    {
        var text = term.Text.ToLowerInvariant();
        var escaped = LikePatterns.EscapeLike(text);
        parameters.Add(name, term.Match == SearchMatch.Prefix ? escaped + "%" : "%" + escaped + "%");
        parameters.Add(name + "w", "% " + escaped + "%");
        var digits = term.IsPhoneLike ? UkPhoneNumber.DigitsForSearch(term.Text) : "";
        parameters.Add(name + "d", "%" + digits + "%");
        var alternatives = new List<string>();
        if (term.Field is null)
        {
            alternatives.Add(Like("c.search_text", term, name));
            alternatives.Add(Private(NotesTag, term, tenantId, parameters, name + "n"));
            alternatives.Add(Private(InstructionsTag, term, tenantId, parameters, name + "i"));
        }
        else
        {
            alternatives.Add(term.Field switch
            {
                SearchField.Notes => Private(NotesTag, term, tenantId, parameters, name + "n"),
                SearchField.SpecialInstructions => Private(InstructionsTag, term, tenantId, parameters, name + "i"),
                var field => Like(Column(field!.Value), term, name),
            });
        }
        if (digits.Length >= 2 && term.Field is null or SearchField.Phone)
        {
            alternatives.Add($"c.phone_digits LIKE @{name}d");
        }
        return string.Join(" OR ", alternatives);
    }

    private static string Like(string column, SearchTerm term, string name) =>
        term.Match == SearchMatch.Prefix ? $"({column} LIKE @{name} OR {column} LIKE @{name}w)" : $"{column} LIKE @{name}";

    private string Private(string tag, SearchTerm term, Guid tenantId, DynamicParameters parameters, string name)
    {
        parameters.Add(name, blindIndex.ForTerm(tenantId, tag, term.Text));
        return $"c.private_search @> @{name}";
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
}
