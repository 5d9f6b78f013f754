namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>What became of one read request to a calendar provider's API.</summary>
public enum CalendarApiOutcome
{
    /// <summary>The provider answered (any status code).</summary>
    Answered,

    /// <summary>No answer within the request timeout.</summary>
    TimedOut,

    /// <summary>The provider could not be reached, or its answer broke off or was unreadable.</summary>
    Unreachable,
}
