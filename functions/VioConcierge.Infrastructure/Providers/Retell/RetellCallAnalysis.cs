using System.Text.Json;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Retell's post-call analysis. <see cref="CustomAnalysisData"/> is shaped by the agent's settings; this product
/// configures <c>appointment_outcome</c> on it.
/// </summary>
public sealed record RetellCallAnalysis(bool? InVoicemail, JsonElement? CustomAnalysisData)
{
    public string? AppointmentOutcome =>
        CustomAnalysisData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty("appointment_outcome", out var outcome)
            ? JsonStrings.Of(outcome)
            : null;
}
