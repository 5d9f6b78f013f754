using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls.Retell;

/// <summary>
/// What a <c>call_ended</c> / <c>call_analyzed</c> event means: whether the customer was connected, the outcome (null
/// while a connected call still waits for its analysis) and the platform alert it raises, if any.
/// </summary>
public sealed record RetellOutcome(bool Connected, CallOutcome? Outcome, string? Alert = null)
{
    public const string ProviderAlert = "voice_provider_error";
    public const string SpamAlert = "caller_id_flagged";
    public const string AccountAlert = "voice_account_problem";
}
