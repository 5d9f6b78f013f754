namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>One webhook the simulator will post for <paramref name="Call"/> at <paramref name="DueAt"/>.</summary>
public sealed record SimulatedEvent(SimulatedCall Call, string Event, DateTimeOffset DueAt);
