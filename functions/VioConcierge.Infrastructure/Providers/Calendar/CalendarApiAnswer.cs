using System.Text.Json;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>One answer of a calendar provider: how the exchange went, the status code, and the JSON body of a 2xx.</summary>
public sealed record CalendarApiAnswer(CalendarApiOutcome Outcome, int StatusCode = 0, JsonElement? Body = null)
{
    public bool IsSuccess => Outcome == CalendarApiOutcome.Answered && StatusCode is >= 200 and < 300;

    /// <summary>The string at <paramref name="path"/> in the body (e.g. <c>data</c>, <c>email</c>), or null.</summary>
    public string? Text(params string[] path)
    {
        if (Body is not { } node)
        {
            return null;
        }
        foreach (var name in path)
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out node))
            {
                return null;
            }
        }
        return JsonStrings.Of(node);
    }
}
