namespace VioConcierge.Core.Reminders;

/// <summary>The "why not" codes a plan records when a call is moved from its target or skipped.</summary>
public static class ReasonCodes
{
    /// <summary>The moment is outside the tenant's calling window.</summary>
    public const string OutsideWindow = "outside_window";

    /// <summary>The moment is on a Saturday or Sunday and the tenant does not call at weekends.</summary>
    public const string Weekend = "weekend";

    /// <summary>The moment is on a bank holiday or a custom closed date and the tenant does not call then.</summary>
    public const string Holiday = "holiday";

    /// <summary>The target moment was already past when planning (booked, moved or resumed too close to it).</summary>
    public const string TargetPassed = "target_passed";

    /// <summary>The appointment is not after now.</summary>
    public const string AppointmentPassed = "appointment_passed";

    /// <summary>No allowed moment is left between now and the cut-off (the first call's, or the retries').</summary>
    public const string TooLate = "too_late";
}
