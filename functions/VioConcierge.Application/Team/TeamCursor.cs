using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace VioConcierge.Application.Team;

/// <summary>
/// The team list's cursor: the position of the next page in the sorted list (a team is tens of people, so a position
/// is exact enough and keeps every sort pageable), base64url-encoded.
/// </summary>
public static class TeamCursor
{
    public static string Encode(int offset) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes("team:" + offset.ToString(CultureInfo.InvariantCulture)));

    public static bool TryDecode(string? text, out int offset)
    {
        offset = 0;
        if (string.IsNullOrEmpty(text))
        {
            return true;
        }
        try
        {
            var decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
            return decoded.StartsWith("team:", StringComparison.Ordinal)
                && int.TryParse(decoded.AsSpan(5), NumberStyles.None, CultureInfo.InvariantCulture, out offset) && offset < 1_000_000;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
