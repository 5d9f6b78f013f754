namespace VioConcierge.Core.Business;

/// <summary>
/// A business website: an absolute http or https address on a DNS name with a dot (<c>example.co.uk</c> becomes
/// <c>https://example.co.uk</c>), no user name or password in it, at most 255 characters.
/// </summary>
public static class BusinessWebsite
{
    public const int MaxLength = 255;

    public static bool TryParse(string? input, out string website)
    {
        website = "";
        var text = input?.Trim() ?? "";
        text = text.Contains("://", StringComparison.Ordinal) ? text : "https://" + text;
        if (text.Length > MaxLength || !Uri.TryCreate(text, UriKind.Absolute, out var uri)
            || uri.Scheme is not ("http" or "https") || uri.UserInfo.Length > 0
            || Uri.CheckHostName(uri.IdnHost) != UriHostNameType.Dns || !uri.IdnHost.Contains('.', StringComparison.Ordinal)
            || !uri.IdnHost[(uri.IdnHost.LastIndexOf('.') + 1)..].All(char.IsAsciiLetter))
        {
            return false;
        }
        website = text;
        return true;
    }
}
