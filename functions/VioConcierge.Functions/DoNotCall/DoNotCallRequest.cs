namespace VioConcierge.Functions.DoNotCall;

public sealed record DoNotCallRequest(string? Phone, string? Reason);
