namespace VioConcierge.Core.Calls;

/// <summary>Where a call session is: created (not yet placed), placed and ringing, answered, or ended either way.</summary>
public static class CallSessionStatus
{
    public const string Initiated = "initiated";
    public const string Ringing = "ringing";
    public const string InProgress = "in_progress";
    public const string Completed = "completed";
    public const string Failed = "failed";
}
