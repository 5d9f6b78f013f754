using VioConcierge.Core.Notifications;

namespace VioConcierge.Core.Tests.Notifications;

public class NotificationPreferencesTests
{
    [Theory]
    [InlineData(NotificationTypes.AppointmentConfirmed, false)]
    [InlineData(NotificationTypes.AppointmentCancelled, true)]
    [InlineData(NotificationTypes.RescheduleRequested, true)]
    [InlineData(NotificationTypes.AttemptsExhausted, true)]
    [InlineData(NotificationTypes.InvalidNumber, true)]
    [InlineData(NotificationTypes.CalendarImportFailed, true)]
    [InlineData(NotificationTypes.TenantPaused, true)]
    public void For_Defaults_FailedCallsCancellationsAndAccountAlertsReachBothChannels(string type, bool wanted)
    {
        Assert.Equal(new Delivery(wanted, wanted), NotificationPreferences.Default.For(type));
    }

    [Theory]
    [InlineData(CallCompletion.None, NotificationTypes.AttemptsExhausted, false)]
    [InlineData(CallCompletion.None, NotificationTypes.InvalidNumber, false)]
    [InlineData(CallCompletion.SummaryOnly, NotificationTypes.AttemptsExhausted, false)]
    [InlineData(CallCompletion.FailedOnly, NotificationTypes.AppointmentConfirmed, false)]
    [InlineData(CallCompletion.AllOutcomes, NotificationTypes.AppointmentConfirmed, true)]
    [InlineData(CallCompletion.AllOutcomes, NotificationTypes.AppointmentCancelled, true)]
    [InlineData(CallCompletion.AllOutcomes, NotificationTypes.InvalidNumber, true)]
    public void For_CallCompletion_DecidesWhichCallResultsAreAlerted(CallCompletion completion, string type, bool wanted)
    {
        var preferences = new NotificationPreferences { CallCompletion = completion, CancellationAlerts = false };

        Assert.Equal(wanted, preferences.For(type).Any);
    }

    [Fact]
    public void For_ChannelsOff_KeepTheOtherChannel_ButTheTenantPausedReachesBoth()
    {
        var inAppOnly = NotificationPreferences.Default with { Email = false };
        var nothing = NotificationPreferences.Default with { Email = false, InApp = false };

        Assert.Equal(new Delivery(true, false), inAppOnly.For(NotificationTypes.AppointmentCancelled));
        Assert.Equal(new Delivery(false, false), nothing.For(NotificationTypes.AppointmentCancelled));
        Assert.Equal(new Delivery(true, true), nothing.For(NotificationTypes.TenantPaused));
    }

    [Fact]
    public void SendsDailySummary_WhenOnOrWhenCallResultsComeAsASummaryOnly()
    {
        Assert.False(NotificationPreferences.Default.SendsDailySummary);
        Assert.True((NotificationPreferences.Default with { DailySummary = true }).SendsDailySummary);
        Assert.True((NotificationPreferences.Default with { CallCompletion = CallCompletion.SummaryOnly }).SendsDailySummary);
    }
}
