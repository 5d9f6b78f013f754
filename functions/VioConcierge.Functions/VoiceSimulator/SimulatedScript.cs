using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>
/// How a simulated call goes, chosen by the last two digits of the number dialled: 01 confirmed, 02 cancelled, 03
/// reschedule requested, 04 no answer, 05 busy, 06 voicemail, 07 invalid number, anything else confirmed.
/// </summary>
public sealed record SimulatedScript(string DisconnectionReason, string? AppointmentOutcome = null, bool InVoicemail = false)
{
    public bool Connected => AppointmentOutcome is not null;

    public static SimulatedScript For(string toNumber) => toNumber.Length < 2 ? Confirmed : toNumber[^2..] switch
    {
        "02" => new("user_hangup", "cancelled"),
        "03" => new("user_hangup", "reschedule_requested"),
        "04" => new("dial_no_answer"),
        "05" => new("dial_busy"),
        "06" => new("voicemail_reached", InVoicemail: true),
        "07" => new("invalid_destination"),
        _ => Confirmed,
    };

    /// <summary>The call as it ends after being stopped (<c>StopCallAsync</c>).</summary>
    public static readonly SimulatedScript StoppedByHand = new("manual_stopped");

    private static readonly SimulatedScript Confirmed = new("user_hangup", "confirmed");
}
