namespace VioConcierge.Core.Calls.Retell;

/// <summary>The parts of Retell's <c>call_analysis</c> the outcome depends on.</summary>
public sealed record RetellAnalysis(bool InVoicemail, string? AppointmentOutcome);
