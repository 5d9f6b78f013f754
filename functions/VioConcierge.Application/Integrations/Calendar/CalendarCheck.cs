namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>
/// One check of POST /api/settings/integrations/{provider}/test: <c>key</c>, <c>organizerEmail</c> or
/// <c>eventType:{id or URI}</c>, with status <c>passed</c>, <c>failed</c> (fix the set-up), <c>error</c> (the provider
/// could not answer properly; try again) or <c>skipped</c> (needs an accepted key first).
/// </summary>
public sealed record CalendarCheck(string Name, string Status, string Detail)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Error = "error";
    public const string Skipped = "skipped";
}
