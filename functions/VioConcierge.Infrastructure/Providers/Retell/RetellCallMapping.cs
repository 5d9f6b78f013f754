using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Retell's call object (get-call) as the engine's <see cref="CallLookup"/>, read exactly as its webhooks are
/// (<see cref="RetellDisconnections"/>), so a call settled by looking it up ends as if its webhook had come. A connected
/// call whose post-call analysis is not there yet has ended without an outcome (its analysis decides it later).
/// </summary>
public static class RetellCallMapping
{
    private static readonly string[] EndedStatuses = ["ended", "not_connected", "error"];

    public static CallLookup ToLookup(RetellCall call) => EndedStatuses.Contains(call.CallStatus)
        ? CallLookup.EndedFor(call.DisconnectionReason, Analysis(call.CallAnalysis), StartedAt(call.StartTimestamp))
        : CallLookup.Ongoing;

    private static RetellAnalysis? Analysis(RetellCallAnalysis? analysis) =>
        analysis is null ? null : new RetellAnalysis(analysis.InVoicemail == true, analysis.AppointmentOutcome);

    private static DateTimeOffset? StartedAt(long? milliseconds) =>
        milliseconds is > 0 and < 253402300799999 ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds.Value) : null;
}
