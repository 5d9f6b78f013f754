namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>The parts of Retell's call object this product reads (providers.md, "Call object fields").</summary>
public sealed record RetellCall(
    string? CallId,
    string? CallStatus,
    string? DisconnectionReason,
    RetellCallAnalysis? CallAnalysis,
    long? StartTimestamp = null);
