namespace VioConcierge.Functions.Tests.Support;

/// <summary>What the <see cref="RetellStub"/> answers: a status, an optional JSON body, and an optional delay.</summary>
public sealed record StubAnswer(int Status, string? Json = null, TimeSpan Delay = default);
