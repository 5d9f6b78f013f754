using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Work;

/// <summary>The work item kinds of the reminder engine and calls.</summary>
public static class WorkKinds
{
    /// <summary>Bring contacts' reminders in line with their current appointment and status (payload: contact ids).</summary>
    public const string Sync = "reminders.sync";
    public const string Timer = "reminders.timer";
    public const string OutcomeCheck = "reminders.outcome-check";

    /// <summary>A reminder call's outcome, to raise on the call's orchestration (payload: <c>ReminderCallOutcome</c>).</summary>
    public const string ReminderCallOutcome = "reminders.call-outcome";

    /// <summary>
    /// A reminder call's outcome not yet decided by its orchestration when this falls due is applied here, so no outcome
    /// waits on a busy task hub for longer than <c>ReminderCalls:DecideWithin</c> (payload: <c>ReminderCallOutcome</c>).
    /// </summary>
    public const string ReminderCallDeadline = "reminders.call-deadline";
    public const string TenantStatus = "reminders.tenant-status";

    /// <summary>Plan waiting reminders again under the tenant's current calling policy (payload: contact ids and the reason).</summary>
    public const string Replan = "reminders.replan";
    public const string PlaceCall = "calls.place";
    public const string StopCall = "calls.stop";

    /// <summary>Ask the voice provider about a call whose end has not been reported (payload: call session id and check).</summary>
    public const string LookupCall = "calls.lookup";
    public const string NotifyStaff = "notifications.staff";
    public const string NotifyPlatform = "notifications.platform";

    /// <summary>Start a campaign's orchestration, or raise the event that makes it read the campaign again (payload: campaign id).</summary>
    public const string CampaignSignal = "campaigns.signal";

    /// <summary>Send one email (payload: the message, sealed; see <c>EmailOutbox</c>).</summary>
    public const string SendEmail = "email.send";
}
