using System.Globalization;

namespace VioConcierge.Core.Contacts;

/// <summary>
/// A customer's name: 2 to 100 characters of letters (accented too), spaces, hyphens and apostrophes, with at least
/// two letters. Runs of spaces collapse to one.
/// </summary>
public static class ContactName
{
    public static string? Normalise(string? input)
    {
        var collapsed = string.Join(' ', (input ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        if (collapsed.Length is < ContactOptions.NameMinLength or > ContactOptions.NameMaxLength)
        {
            return null;
        }
        var letters = 0;
        foreach (var c in collapsed)
        {
            var category = char.GetUnicodeCategory(c);
            if (char.IsLetter(c) || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark)
            {
                letters++;
            }
            else if (c is not (' ' or '-' or '\'' or '\u2019'))
            {
                return null;
            }
        }
        return letters >= 2 ? collapsed : null;
    }
}
