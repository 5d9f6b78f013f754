using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>Tolerant reads of a provider's JSON: a field of the wrong type counts as absent.</summary>
internal static class JsonFields
{
    public const int MaxIdLength = 500;

    public static JsonElement? Object(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object
            ? value
            : null;

    public static string? Text(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) ? JsonStrings.Of(value) : null;

    /// <summary>A non-blank string, trimmed; null otherwise.</summary>
    public static string? Present(JsonElement? element, string name) => Text(element, name)?.Trim() is { Length: > 0 } text ? text : null;

    public static IEnumerable<JsonElement> Array(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    public static bool IsTrue(JsonElement? element, string name) =>
        element is { ValueKind: JsonValueKind.Object } e && e.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

    /// <summary>An identity the provider gives (uid, URI): present, at most <see cref="MaxIdLength"/> characters, no control characters.</summary>
    public static string? BookingId(JsonElement? element, string name) =>
        Present(element, name) is { Length: <= MaxIdLength } id && !ControlCharacters.AnyIn(id) ? id : null;

    /// <summary>The first candidate that is an IANA time zone id known here.</summary>
    public static string? Zone(params string?[] candidates) => candidates.FirstOrDefault(TimeZones.IsValidIana);

    /// <summary>"First Last" when both are given, else the full name.</summary>
    public static string? Name(string? first, string? last, params string?[] fullNames) =>
        first is not null && last is not null ? $"{first} {last}" : fullNames.FirstOrDefault(name => name is not null) ?? first ?? last;

    /// <summary>Reads the raw body as JSON (never re-serialised) and hands its root to <paramref name="read"/>.</summary>
    public static BookingParse ParseBody(ReadOnlyMemory<byte> body, Func<JsonElement, BookingParse> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException)
        {
            return BookingParse.Malformed("the body is not JSON");
        }
        using (document)
        {
            return read(document.RootElement);
        }
    }

    public static string? Clip(string? text, int maxLength) => text is null ? null : text.Length <= maxLength ? text : text[..maxLength].TrimEnd();
}
