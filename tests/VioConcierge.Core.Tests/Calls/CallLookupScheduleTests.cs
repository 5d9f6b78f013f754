using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Calls;

public sealed class CallLookupScheduleTests
{
    private static readonly DateTimeOffset Created = new(2030, 1, 8, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Checks_AreAt2_4_8_16Minutes_ThenTheLastAtTheOutcomeTimeout()
    {
        var minutes = Enumerable.Range(1, CallLookupSchedule.FinalCheck).Select(check => (CallLookupSchedule.DueAt(Created, check) - Created).TotalMinutes);

        Assert.Equal([2, 4, 8, 16, ReminderPolicy.OutcomeTimeout.TotalMinutes], minutes);
        Assert.Equal([false, false, false, false, true], Enumerable.Range(1, 5).Select(CallLookupSchedule.IsFinal));
    }
}
