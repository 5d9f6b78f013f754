namespace VioConcierge.Application.Integrations;

/// <summary>The connection test's checks; <see cref="Ok"/> when none failed or errored.</summary>
public sealed record RetellTestResponse(bool Ok, IReadOnlyList<RetellCheck> Checks)
{
    public static RetellTestResponse Of(params RetellCheck[] checks) =>
        new(checks.All(check => check.Status is RetellCheck.Passed or RetellCheck.NotCheckable), checks);
}
