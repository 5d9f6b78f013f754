using System.Text.Json;
using System.Text.Json.Serialization;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Reads every JSON string of a request: single-line text refuses all control characters, multi-line text (a field
/// marked <see cref="MultiLineTextAttribute"/>) allows tabs and line breaks. Writing is unchanged.
/// </summary>
public sealed class TextJsonConverter(bool allowLineBreaks) : JsonConverter<string>
{
    public static readonly TextJsonConverter SingleLine = new(allowLineBreaks: false);
    public static readonly TextJsonConverter MultiLine = new(allowLineBreaks: true);

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException(); // the serializer words it as the usual "could not be converted", with the path
        }
        var text = reader.GetString()!;
        return ControlCharacters.AnyIn(text, allowLineBreaks) ? throw new ControlCharacterJsonException() : text;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
