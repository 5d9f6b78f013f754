using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>
/// When a call whose end has not been reported is looked up with the provider: 2, 4, 8 and 16 minutes after its session
/// was created (with its dialling slot), then at the outcome timeout (<see cref="ReminderPolicy.OutcomeTimeout"/>), the
/// last check, when a call still without an outcome is settled as failed. Checks are numbered from 1.
/// </summary>
public static class CallLookupSchedule
{
    public static readonly TimeSpan FirstDelay = TimeSpan.FromMinutes(2);

    /// <summary>The number of the last check, the one at the outcome timeout.</summary>
    public static int FinalCheck { get; } = CountChecks();

    /// <summary>When check <paramref name="check"/> of a session created at <paramref name="createdAt"/> is due.</summary>
    public static DateTimeOffset DueAt(DateTimeOffset createdAt, int check) => createdAt + Delay(check);

    public static bool IsFinal(int check) => check >= FinalCheck;

    private static TimeSpan Delay(int check)
    {
        var doubled = FirstDelay * Math.Pow(2, Math.Clamp(check - 1, 0, 16));
        return doubled < ReminderPolicy.OutcomeTimeout ? doubled : ReminderPolicy.OutcomeTimeout;
    }

    private static int CountChecks()
    {
        var check = 1;
        while (Delay(check) < ReminderPolicy.OutcomeTimeout)
        {
            check++;
        }
        return check;
    }
}
