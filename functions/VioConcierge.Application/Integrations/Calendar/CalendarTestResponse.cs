namespace VioConcierge.Application.Integrations.Calendar;

/// <summary>The connection test's checks; <see cref="Ok"/> when every one passed.</summary>
public sealed record CalendarTestResponse(bool Ok, IReadOnlyList<CalendarCheck> Checks)
{
    public static CalendarTestResponse Of(IReadOnlyList<CalendarCheck> checks) =>
        new(checks.All(check => check.Status == CalendarCheck.Passed), checks);
}
