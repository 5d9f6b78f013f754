namespace VioConcierge.Application.Integrations;

/// <summary>
/// One check of POST /api/settings/integrations/retell/test: <c>key</c>, <c>agent</c> or <c>number</c>, with status
/// <c>passed</c>, <c>failed</c> (fix the set-up), <c>error</c> (Retell could not answer; try again) or
/// <c>not_checkable</c> (the provider contract offers no way to check it before a call).
/// </summary>
public sealed record RetellCheck(string Name, string Status, string Detail)
{
    public const string Passed = "passed";
    public const string Failed = "failed";
    public const string Error = "error";
    public const string NotCheckable = "not_checkable";
}
