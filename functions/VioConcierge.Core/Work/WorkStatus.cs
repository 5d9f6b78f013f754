namespace VioConcierge.Core.Work;

/// <summary>States of a work item: pending (waiting for due time), running (leased), done, dead (dead-lettered).</summary>
public static class WorkStatus
{
    public const string Pending = "pending";
    public const string Running = "running";
    public const string Done = "done";
    public const string Dead = "dead";
}
