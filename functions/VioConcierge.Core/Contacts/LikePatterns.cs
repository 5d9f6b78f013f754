using System.Text;

namespace VioConcierge.Core.Contacts;

/// <summary>Helpers for SQL <c>LIKE</c>/<c>ILIKE</c> patterns built from user text.</summary>
public static class LikePatterns
{
    /// <summary>
    /// Escapes <c>\</c>, <c>%</c> and <c>_</c> with a backslash so they match themselves. Backslash is
    /// PostgreSQL's default <c>LIKE</c> escape character; add the wildcards (<c>'%' || @p || '%'</c>) after escaping.
    /// </summary>
    public static string EscapeLike(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (c is '\\' or '%' or '_')
            {
                escaped.Append('\\');
            }
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
