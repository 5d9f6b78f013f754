namespace VioConcierge.FakeKeyVault;

/// <summary>A request the fake vault answered: method, path and the status it answered with.</summary>
public sealed record FakeVaultRequest(string Method, string Path, int Status);
