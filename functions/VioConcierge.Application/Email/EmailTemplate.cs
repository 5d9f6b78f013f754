using System.Net;
using System.Text;

namespace VioConcierge.Application.Email;

/// <summary>
/// The one layout every email shares: a greeting, short paragraphs, an optional button-style link and a footer, as
/// plain text and as simple HTML (every value HTML-encoded, no images, no tracking). Templates fill it with what the
/// recipient may read; no patient data goes in.
/// </summary>
public static class EmailTemplate
{
    private const string Footer = "VioConcierge - appointment reminder calls for your business.";

    public static EmailMessage Build(string to, string subject, string greeting, IReadOnlyList<string> paragraphs, EmailLink? link = null)
    {
        var text = new StringBuilder().Append(greeting).Append("\n\n");
        var html = new StringBuilder("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">")
            .Append("<p>").Append(Encode(greeting)).Append("</p>");
        foreach (var paragraph in paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
            html.Append("<p>").Append(Encode(paragraph)).Append("</p>");
        }
        if (link is not null)
        {
            text.Append(link.Label).Append(": ").Append(link.Url).Append("\n\n");
            html.Append("<p><a href=\"").Append(Encode(link.Url)).Append("\">").Append(Encode(link.Label)).Append("</a></p>");
        }
        text.Append("-- \n").Append(Footer).Append('\n');
        html.Append("<p style=\"color:#666;font-size:small\">").Append(Encode(Footer)).Append("</p></body></html>");
        return new EmailMessage(to, subject, text.ToString(), html.ToString());
    }

    private static string Encode(string value) => WebUtility.HtmlEncode(value);
}
