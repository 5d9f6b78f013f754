namespace VioConcierge.FakeKeyVault;

/// <summary>A failure the fake vault answers with instead of serving: <paramref name="Status"/> for the next <paramref name="Remaining"/> requests.</summary>
public sealed record FakeVaultFault(int Status, int Remaining, int RetryAfterSeconds);
