namespace VioConcierge.Core.Abstractions;

/// <summary>
/// Text a person types has no control characters (NUL, escape, DEL, ...); only multi-line fields may hold tabs and
/// line breaks. PostgreSQL refuses NUL in text outright, so text holding one never reaches a statement.
/// </summary>
public static class ControlCharacters
{
    public const string Message = "Control characters are not allowed.";

    public static bool AnyIn(ReadOnlySpan<char> text, bool allowLineBreaks = false)
    {
        foreach (var character in text)
        {
            if (char.IsControl(character) && !(allowLineBreaks && character is '\t' or '\n' or '\r'))
            {
                return true;
            }
        }
        return false;
    }
}
