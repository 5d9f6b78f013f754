using VioConcierge.Application.Integrations.Calendar;


namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>Turns one provider answer into a check, with a distinct message for each way it can go wrong.</summary>
public static class CalendarApiChecks
{
    public static CalendarCheck Describe(string name, string provider, CalendarApiAnswer answer, string passed, CalendarCheck notFound) => answer switch
    {
        { Outcome: CalendarApiOutcome.TimedOut } => new(name, CalendarCheck.Error, $"{provider} did not answer in time; try again."),
        { Outcome: CalendarApiOutcome.Unreachable } => new(name, CalendarCheck.Error, $"{provider} could not be reached, or its answer was unreadable; try again later."),
        { IsSuccess: true } => new(name, CalendarCheck.Passed, passed),
        { StatusCode: 401 } => new(name, CalendarCheck.Failed, $"{provider} refused the key (401): it is wrong, expired or revoked."),
        { StatusCode: 403 } => new(name, CalendarCheck.Failed, $"{provider} accepted the key but does not let it read this (403): check the key's permissions."),
        { StatusCode: 404 } => notFound,
        { StatusCode: 429 } => new(name, CalendarCheck.Error, $"{provider} is limiting requests (429); try again in a minute."),
        { StatusCode: >= 500 } => new(name, CalendarCheck.Error, $"{provider} had a server error ({answer.StatusCode}); try again later."),
        _ => new(name, CalendarCheck.Error, $"{provider} answered {answer.StatusCode}; try again later."),
    };

    public static CalendarCheck Skipped(string name) => new(name, CalendarCheck.Skipped, "Needs an accepted API key first.");
}
