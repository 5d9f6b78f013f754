using System.Text.Json;

namespace VioConcierge.Core.Abstractions;

/// <summary>Text read from JSON a provider sent, where an element may be anything.</summary>
public static class JsonStrings
{
    /// <summary>
    /// The element's text when it is a JSON string of well-formed text; null otherwise, including a string holding a
    /// lone surrogate escape (<c>"\ud800"</c>), which no text can hold (reading it as text throws).
    /// </summary>
    public static string? Of(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        try
        {
            return element.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
