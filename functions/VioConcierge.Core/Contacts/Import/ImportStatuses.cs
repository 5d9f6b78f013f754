namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// States of an import job: <c>queued</c> (waiting for the background job), <c>running</c>, <c>completed</c>, or
/// <c>failed</c> (strict mode found failing rows and imported nothing, or the job could not finish).
/// </summary>
public static class ImportStatuses
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";

    public static bool IsFinished(string status) => status is Completed or Failed;
}
