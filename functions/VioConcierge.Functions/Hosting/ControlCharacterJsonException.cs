using System.Text.Json;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>A JSON string value holding a control character; its <see cref="JsonException.Path"/> names the field.</summary>
public sealed class ControlCharacterJsonException() : JsonException(ControlCharacters.Message);
