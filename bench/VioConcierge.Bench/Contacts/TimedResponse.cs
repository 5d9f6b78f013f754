using System.Text;
using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>An HTTP answer with the time from sending the request to having read the whole body.</summary>
public sealed record TimedResponse(int Status, double Milliseconds, byte[] Body)
{
    /// <summary>404 or 405: the route is not there (yet).</summary>
    public bool IsMissingRoute => Status is 404 or 405;

    public JsonDocument Json() => JsonDocument.Parse(Body);

    /// <summary>The start of the body, for problem reports.</summary>
    public string Excerpt(int length = 300)
    {
        var text = Encoding.UTF8.GetString(Body);
        return text.Length <= length ? text : text[..length] + "...";
    }

    public TimedResponse Expect(int status, string what) => Status == status
        ? this
        : throw new InvalidOperationException($"{what}: expected HTTP {status}, got {Status}: {Excerpt()}");
}
