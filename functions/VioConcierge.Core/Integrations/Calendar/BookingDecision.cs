namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>The decision for one booking event: an action, the contact it applies to (none for a create), a reason code.</summary>
public sealed record BookingDecision(BookingAction Action, Guid? ContactId = null, string? Reason = null)
{
    /// <summary>The <c>calendar_events.outcome</c> recorded for it.</summary>
    public string Outcome => Action switch
    {
        BookingAction.Create => "created",
        BookingAction.Update or BookingAction.Link => "updated",
        BookingAction.Move => "moved",
        BookingAction.Cancel => "cancelled",
        BookingAction.Skip => "skipped",
        BookingAction.Fail => "failed",
        _ => "ignored",
    };

    public static BookingDecision Skip(string reason) => new(BookingAction.Skip, null, reason);

    public static BookingDecision Fail(string reason) => new(BookingAction.Fail, null, reason);
}
