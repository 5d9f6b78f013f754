using System.Text.Json;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>A request the <see cref="RetellStub"/> received.</summary>
public sealed record StubRequest(string Method, string Path, string Authorization, string? ContentType, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
