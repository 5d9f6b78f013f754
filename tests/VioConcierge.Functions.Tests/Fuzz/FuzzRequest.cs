using System.Text;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>One generated request: who sends it, where, with what body (raw bytes, so malformed bodies stay malformed).</summary>
public sealed record FuzzRequest(ApiOperation Operation, Caller Caller, string Url, byte[]? Body, string? ContentType, IReadOnlyDictionary<string, string>? Headers = null)
{
    public HttpRequestMessage ToMessage()
    {
        var message = new HttpRequestMessage(new HttpMethod(Operation.Method), Url);
        if (Body is not null)
        {
            message.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }
        foreach (var (name, value) in Headers ?? new Dictionary<string, string>())
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }
        return message;
    }

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);
}
