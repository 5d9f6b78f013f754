using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class ContactValidatorTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 21, 12, 0, 0, TimeSpan.Zero);

    private static ContactInput Valid(int? callBefore = null, int? duration = null, string? appointment = "2026-12-01T10:30") =>
        new(Name: "Mary Jones", Phone: "07700 900123", AppointmentTime: appointment, CallBeforeHours: callBefore, DurationMinutes: duration);

    [Theory]
    [InlineData(1, true)]
    [InlineData(24, true)]
    [InlineData(168, true)]
    [InlineData(0, false)]
    [InlineData(169, false)]
    [InlineData(-5, false)]
    public void ForCreate_CallBeforeHours_AcceptsOneToOneHundredSixtyEight(int hours, bool valid)
    {
        var result = ContactValidator.ForCreate(Valid(callBefore: hours), "Europe/London", 24, Now);

        Assert.Equal(valid, result.IsValid);
        Assert.Equal(valid, result.Errors?.ToDictionary().ContainsKey("callBeforeHours") != true);
    }

    [Theory]
    [InlineData(15, true)]
    [InlineData(30, true)]
    [InlineData(45, true)]
    [InlineData(60, true)]
    [InlineData(90, true)]
    [InlineData(120, true)]
    [InlineData(20, false)]
    [InlineData(0, false)]
    [InlineData(240, false)]
    public void ForCreate_Duration_AcceptsOnlyTheSeedOptions(int minutes, bool valid)
    {
        Assert.Equal(valid, ContactValidator.ForCreate(Valid(duration: minutes), "Europe/London", 24, Now).IsValid);
    }

    [Fact]
    public void ForCreate_Defaults_ComeFromTheTenant()
    {
        var draft = ContactValidator.ForCreate(Valid(), "Europe/London", 48, Now).Value!;

        Assert.Equal(48, draft.CallBeforeHours);
        Assert.Equal("Europe/London", draft.Timezone);
        Assert.Equal("manual", draft.BookingSource);
        Assert.Equal(new DateTimeOffset(2026, 11, 29, 10, 30, 0, TimeSpan.Zero), draft.CallDueAt);
    }

    [Fact]
    public void ForCreate_MissingRequiredFields_NamesEachOne_TheAppointmentBeingOptional()
    {
        var errors = ContactValidator.ForCreate(new ContactInput(), "Europe/London", 24, Now).Errors!.ToDictionary();

        Assert.Contains("name", errors.Keys);
        Assert.Contains("phone", errors.Keys);
        Assert.DoesNotContain("appointmentTime", errors.Keys);
    }

    [Theory]
    [InlineData(true, null, 6, true)] // no own timing: the tenant's default
    [InlineData(true, 48, 48, true)]
    [InlineData(false, null, 6, true)]
    [InlineData(false, 6, 6, true)] // the default itself is not a custom timing
    [InlineData(false, 48, 0, false)]
    public void ForCreate_CallTiming_TenantDefaultAndCustomTimingRule(bool customAllowed, int? own, int expected, bool valid)
    {
        var input = Valid() with { CallBeforeHours = own };

        var result = ContactValidator.ForCreate(input, new ContactDefaults("Europe/London", 6, customAllowed), Now);

        Assert.Equal(valid, result.IsValid);
        if (valid)
        {
            Assert.Equal(expected, result.Value!.CallBeforeHours);
        }
        else
        {
            Assert.Contains("callBeforeHours", result.Errors!.ToDictionary().Keys);
        }
    }

    [Fact]
    public void ForUpdate_PastAppointmentKept_WhenTheTimeIsNotBeingChanged()
    {
        var current = ContactValidator.ForCreate(Valid(), "Europe/London", 24, Now).Value!;
        var later = Now.AddMonths(1);

        var renamed = ContactValidator.ForUpdate(current, new ContactInput(Name: "Mary Smith"), later);
        var movedIntoPast = ContactValidator.ForUpdate(current, new ContactInput(AppointmentTime: "2026-11-30T09:00"), later);

        Assert.True(renamed.IsValid);
        Assert.Equal("Mary Smith", renamed.Value!.Name);
        Assert.Equal(current.Phone, renamed.Value.Phone);
        Assert.Contains("appointmentTime", movedIntoPast.Errors!.ToDictionary().Keys);
    }

    [Fact]
    public void ForUpdate_EmptyStringClearsOptionalText()
    {
        var current = ContactValidator.ForCreate(Valid() with { Email = "a@b.co", OwnerName = "Dr X" }, "Europe/London", 24, Now).Value!;

        var cleared = ContactValidator.ForUpdate(current, new ContactInput(Email: "", OwnerName: "  "), Now).Value!;

        Assert.Null(cleared.Email);
        Assert.Null(cleared.OwnerName);
    }
}
