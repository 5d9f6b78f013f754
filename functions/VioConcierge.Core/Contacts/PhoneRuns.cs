namespace VioConcierge.Core.Contacts;

/// <summary>
/// Joins whitespace-separated pieces of a phone number (<c>07700 900 123</c>, <c>+44 7700</c>) into one term.
/// A run starts at an unquoted word made of phone characters with a digit in it (its <c>-</c> and
/// <c>field:</c> apply to the whole run) and takes each following bare word of the same shape; a word with a
/// trailing <c>*</c> ends the run and makes it a prefix. A word written with <c>-</c>, a field or quotes starts
/// a new term.
/// </summary>
internal static class PhoneRuns
{
    public static List<SearchToken> Join(List<SearchToken> tokens)
    {
        var joined = new List<SearchToken>(tokens.Count);
        for (var i = 0; i < tokens.Count; i++)
        {
            var run = tokens[i];
            if (Starts(run))
            {
                while (!run.Prefix && i + 1 < tokens.Count && tokens[i + 1].IsBare && IsPhonePiece(tokens[i + 1].Text))
                {
                    var next = tokens[++i];
                    run = run with { Text = run.Text + " " + next.Text, Prefix = next.Prefix };
                }
            }
            joined.Add(run);
        }
        return joined;
    }

    private static bool Starts(SearchToken token) =>
        !token.Quoted && token.UnknownField is null && IsPhonePiece(token.Text);

    private static bool IsPhonePiece(string text) =>
        text.Any(char.IsAsciiDigit) && SearchTerm.HasOnlyPhoneCharacters(text);
}
