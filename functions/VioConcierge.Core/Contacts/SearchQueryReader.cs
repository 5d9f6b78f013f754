using System.Text;

namespace VioConcierge.Core.Contacts;

/// <summary>Splits a trimmed query into tokens: <c>[-][field:]( word[*] | "phrase"[*] )</c>.</summary>
internal sealed class SearchQueryReader
{
    private readonly string _query;
    private int _position;

    private SearchQueryReader(string query) => _query = query;

    private bool AtEnd => _position >= _query.Length;

    public static List<SearchToken> Read(string query)
    {
        var reader = new SearchQueryReader(query);
        var tokens = new List<SearchToken>();
        while (reader.Next() is { } token)
        {
            tokens.Add(token);
        }
        return tokens;
    }

    private SearchToken? Next()
    {
        SkipWhitespace();
        if (AtEnd)
        {
            return null;
        }
        var excluded = Take('-');
        var fieldName = ReadFieldName();
        SearchField? field = null;
        string? unknown = null;
        if (fieldName is not null)
        {
            unknown = SearchFieldNames.TryParse(fieldName, out var known) ? null : fieldName;
            field = unknown is null ? known : null;
            SkipWhitespace();
        }
        var quoted = !AtEnd && _query[_position] == '"';
        var raw = quoted ? ReadPhrase() : ReadWord();
        var prefix = quoted ? TakeStars() : raw.EndsWith('*');
        var text = Normalise(quoted ? raw : raw.TrimEnd('*'));
        return new SearchToken(text, excluded, field, unknown, quoted, prefix);
    }

    /// <summary>Reads <c>name:</c> when the name is ASCII letters and underscores starting with a letter and the
    /// colon is not followed by <c>//</c> (a URL); anything else (<c>10:30</c>, <c>a@b.c:x</c>) is left as text.</summary>
    private string? ReadFieldName()
    {
        var end = _position;
        while (end < _query.Length && (char.IsAsciiLetter(_query[end]) || (end > _position && _query[end] == '_')))
        {
            end++;
        }
        if (end == _position || end >= _query.Length || _query[end] != ':' || _query.AsSpan(end + 1).StartsWith("//"))
        {
            return null;
        }
        var name = _query[_position..end];
        _position = end + 1;
        return name;
    }

    private string ReadWord()
    {
        var start = _position;
        while (!AtEnd && !char.IsWhiteSpace(_query[_position]))
        {
            _position++;
        }
        return _query[start.._position];
    }

    /// <summary>Reads a quoted phrase; without a closing quote the phrase runs to the end of the query.</summary>
    private string ReadPhrase()
    {
        var start = _position + 1;
        var close = _query.IndexOf('"', start);
        _position = close < 0 ? _query.Length : close + 1;
        return close < 0 ? _query[start..] : _query[start..close];
    }

    private bool TakeStars()
    {
        var any = false;
        while (Take('*'))
        {
            any = true;
        }
        return any;
    }

    private bool Take(char c)
    {
        if (AtEnd || _query[_position] != c)
        {
            return false;
        }
        _position++;
        return true;
    }

    private void SkipWhitespace()
    {
        while (!AtEnd && char.IsWhiteSpace(_query[_position]))
        {
            _position++;
        }
    }

    private static string Normalise(string text) =>
        string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
