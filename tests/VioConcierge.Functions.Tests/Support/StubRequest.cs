using System.Text.Json;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>A request the <see cref="RetellStub"/> received; <paramref name="ApiVersion"/> is Cal.com's <c>cal-api-version</c> header.</summary>
public sealed record StubRequest(string Method, string Path, string Authorization, string? ContentType, string Body, string? ApiVersion = null)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement.Clone();
}
