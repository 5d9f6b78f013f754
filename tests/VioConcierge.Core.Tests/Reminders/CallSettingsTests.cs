using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Reminders;

public class CallSettingsTests
{
    [Fact]
    public void New_NoChanges_HasTheSeedDefaults()
    {
        var settings = new CallSettings();

        Assert.Equal(24, settings.DefaultCallTimingHours);
        Assert.True(settings.CustomTimingAllowed);
        Assert.True(settings.AutomaticRetries);
        Assert.Equal(2, settings.MaxRetryAttempts);
        Assert.Equal(new RetryDelays(TimeSpan.FromHours(2), TimeSpan.FromHours(8), TimeSpan.FromHours(1)), settings.RetryDelays);
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(20, 0)), (settings.WindowStart, settings.WindowEnd));
        Assert.False(settings.WeekendCalling);
        Assert.False(settings.HolidayCalling);
        Assert.True(settings.BankHolidaysObserved);
        Assert.Empty(settings.ClosedDates);
        Assert.Equal(TimeSpan.FromHours(2), settings.RetryCutoff);
        Assert.Equal("standard", settings.ScriptLength);
        Assert.True(settings.Validate().IsEmpty);
    }

    [Theory]
    [InlineData("medical", "medical", "minimal")]
    [InlineData("salon", "friendly", "enhanced")]
    [InlineData("restaurant", "friendly", "enhanced")]
    [InlineData("consultant", "professional", "standard")]
    [InlineData("general", "professional", "standard")]
    [InlineData("unknown", "professional", "standard")]
    public void DefaultFor_BusinessType_SetsVoiceToneAndPersonalisation(string businessType, string tone, string personalisation)
    {
        var settings = CallSettings.DefaultFor(businessType);

        Assert.Equal(tone, settings.VoiceTone);
        Assert.Equal(personalisation, settings.PersonalisationLevel);
        Assert.Equal("standard", settings.ScriptLength);
        Assert.True(settings.Validate().IsEmpty);
    }

    [Theory]
    [InlineData("defaultCallTimingHours")]
    [InlineData("maxRetryAttempts")]
    [InlineData("retryDelays.noAnswer")]
    [InlineData("retryDelays.voicemail")]
    [InlineData("retryDelays.busy")]
    [InlineData("windowEnd")]
    [InlineData("closedDates")]
    [InlineData("retryCutoff")]
    [InlineData("voiceTone")]
    [InlineData("scriptLength")]
    [InlineData("personalisationLevel")]
    public void Validate_OneBadField_NamesOnlyThatField(string field)
    {
        var errors = Broken(field).Validate().ToDictionary();

        Assert.Equal([field], errors.Keys);
    }

    [Theory]
    [InlineData(1, true)]
    [InlineData(2, true)]
    [InlineData(6, true)]
    [InlineData(48, true)]
    [InlineData(168, true)]
    [InlineData(0, false)]
    [InlineData(12, false)]
    public void Validate_CallTiming_OnlyTheSeedOptions(int hours, bool valid)
    {
        Assert.Equal(valid, new CallSettings { DefaultCallTimingHours = hours }.Validate().IsEmpty);
    }

    [Theory]
    [InlineData(0, 1, 4, 0.5, 0, true)]
    [InlineData(3, 8, 24, 2, 24, true)]
    [InlineData(-1, 2, 8, 1, 2, false)]
    [InlineData(4, 2, 8, 1, 2, false)]
    [InlineData(2, 3, 8, 1, 2, false)]
    [InlineData(2, 2, 6, 1, 2, false)]
    [InlineData(2, 2, 8, 0.25, 2, false)]
    [InlineData(2, 2, 8, 1, 25, false)]
    public void Validate_RetriesDelaysAndLead_BoundsFromTheSeed(int attempts, double noAnswer, double voicemail, double busy, double leadHours, bool valid)
    {
        var settings = new CallSettings
        {
            MaxRetryAttempts = attempts,
            RetryDelays = new RetryDelays(TimeSpan.FromHours(noAnswer), TimeSpan.FromHours(voicemail), TimeSpan.FromHours(busy)),
            RetryCutoff = TimeSpan.FromHours(leadHours),
        };

        Assert.Equal(valid, settings.Validate().IsEmpty);
    }

    [Fact]
    public void Validate_FiftyClosedDatesAndWindowEndingAtMidnightMinute_AreAccepted()
    {
        var settings = new CallSettings { ClosedDates = ClosedDates(50), WindowStart = TimeOnly.MinValue, WindowEnd = new TimeOnly(23, 59) };

        Assert.True(settings.Validate().IsEmpty);
    }

    [Fact]
    public void ToPolicy_Settings_CarryIntoTheCallingPolicy()
    {
        var settings = new CallSettings
        {
            WindowStart = new TimeOnly(9, 0),
            WindowEnd = new TimeOnly(17, 30),
            WeekendCalling = true,
            ClosedDates = [new DateOnly(2026, 7, 15)],
            RetryCutoff = TimeSpan.FromHours(3),
        };

        var policy = settings.ToPolicy("Europe/London", BankHolidayRegion.Scotland);

        Assert.Equal(BankHolidayRegion.Scotland, policy.BankHolidayRegion);
        Assert.Equal(TimeSpan.FromHours(3), policy.RetryCutoff);
        Assert.True(policy.IsAllowed(Moment.At("2026-07-18T09:00:00+01:00"))); // Saturday
        Assert.Equal("outside_window", policy.Check(Moment.At("2026-07-17T17:30:00+01:00")).Reason);
        Assert.Equal("holiday", policy.Check(Moment.At("2026-07-15T10:00:00+01:00")).Reason);
        Assert.Equal("holiday", policy.Check(Moment.At("2026-08-03T10:00:00+01:00")).Reason); // Scottish summer holiday
    }

    private static CallSettings Broken(string field) => field switch
    {
        "defaultCallTimingHours" => new CallSettings { DefaultCallTimingHours = 3 },
        "maxRetryAttempts" => new CallSettings { MaxRetryAttempts = 4 },
        "retryDelays.noAnswer" => new CallSettings { RetryDelays = RetryDelays.Default with { NoAnswer = TimeSpan.FromHours(3) } },
        "retryDelays.voicemail" => new CallSettings { RetryDelays = RetryDelays.Default with { Voicemail = TimeSpan.FromHours(2) } },
        "retryDelays.busy" => new CallSettings { RetryDelays = RetryDelays.Default with { Busy = TimeSpan.FromHours(4) } },
        "windowEnd" => new CallSettings { WindowStart = new TimeOnly(20, 0), WindowEnd = new TimeOnly(8, 0) },
        "closedDates" => new CallSettings { ClosedDates = ClosedDates(51) },
        "retryCutoff" => new CallSettings { RetryCutoff = TimeSpan.FromHours(-1) },
        "voiceTone" => new CallSettings { VoiceTone = "shouty" },
        "scriptLength" => new CallSettings { ScriptLength = "epic" },
        "personalisationLevel" => new CallSettings { PersonalisationLevel = "total" },
        _ => throw new ArgumentOutOfRangeException(nameof(field)),
    };

    private static DateOnly[] ClosedDates(int count) =>
        [.. Enumerable.Range(0, count).Select(day => new DateOnly(2026, 1, 1).AddDays(day))];
}
