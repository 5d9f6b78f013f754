using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class BookingDeciderTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);
    private static readonly Guid Contact = Guid.Parse("0190a0a0-0000-7000-8000-000000000001");
    private static readonly Guid Other = Guid.Parse("0190a0a0-0000-7000-8000-000000000002");

    private static BookingEvent Booking(BookingEventKind kind = BookingEventKind.Created) => new()
    {
        Provider = CalendarProvider.CalCom,
        Kind = kind,
        Trigger = "BOOKING_CREATED",
        ExternalId = "uid-1",
        Phone = new BookingPhone(PhoneFinding.Valid, "+447700900001"),
        StartUtc = Now.AddDays(2),
        EndUtc = Now.AddDays(2).AddMinutes(30),
        EventType = "42",
    };

    private static CalendarIntegrationSettings Settings(
        DuplicateHandling handling = DuplicateHandling.UpdateExisting, bool autoCreate = true, params string[] eventTypes) =>
        CalendarIntegrationSettings.Default with { DuplicateHandling = handling, AutoCreate = autoCreate, EventTypeFilter = eventTypes };

    private static BookingDecision Decide(BookingEvent booking, BookingMatches? found = null, CalendarIntegrationSettings? settings = null) =>
        BookingDecider.Decide(booking, settings ?? Settings(), found ?? BookingMatches.None, Now);

    [Fact]
    public void Created_NewBooking_CreatesAContact() =>
        Assert.Equal(new BookingDecision(BookingAction.Create), Decide(Booking()));

    [Fact]
    public void Created_AlreadyLinked_UpdatesThatContactInsteadOfASecond() =>
        Assert.Equal(new BookingDecision(BookingAction.Update, Contact), Decide(Booking(), new BookingMatches(Contact, Other)));

    [Theory]
    [InlineData(DuplicateHandling.UpdateExisting, BookingAction.Update, null)]
    [InlineData(DuplicateHandling.SkipDuplicates, BookingAction.Skip, BookingReasons.DuplicateSkipped)]
    [InlineData(DuplicateHandling.CreateNew, BookingAction.Create, null)]
    public void Created_MatchesByPhoneOrEmail_FollowsDuplicateHandling(DuplicateHandling handling, BookingAction action, string? reason)
    {
        var decision = Decide(Booking(), new BookingMatches(null, Contact), Settings(handling));

        Assert.Equal(action, decision.Action);
        Assert.Equal(reason, decision.Reason);
        Assert.Equal(action == BookingAction.Update ? Contact : null, decision.ContactId);
    }

    [Fact]
    public void Created_EventTypeNotInFilter_Skipped()
    {
        Assert.Equal(BookingDecision.Skip(BookingReasons.EventTypeFiltered), Decide(Booking(), settings: Settings(eventTypes: ["7"])));
        Assert.Equal(BookingAction.Create, Decide(Booking(), settings: Settings(eventTypes: ["7", "42"])).Action);
    }

    [Fact]
    public void Created_AppointmentAlreadyBegun_Skipped() =>
        Assert.Equal(BookingDecision.Skip(BookingReasons.AppointmentInPast), Decide(Booking() with { StartUtc = Now }));

    [Fact]
    public void Created_AutoCreateOff_SkipsNewButStillUpdatesAMatch()
    {
        Assert.Equal(BookingDecision.Skip(BookingReasons.AutoCreateOff), Decide(Booking(), settings: Settings(autoCreate: false)));
        Assert.Equal(new BookingDecision(BookingAction.Update, Contact),
            Decide(Booking(), new BookingMatches(null, Contact), Settings(autoCreate: false)));
    }

    [Fact]
    public void Created_NoPhoneOrInvalidPhone_FailsWithDistinctReasons()
    {
        Assert.Equal(BookingDecision.Fail(BookingReasons.NoPhone), Decide(Booking() with { Phone = BookingPhone.None }));
        Assert.Equal(BookingDecision.Fail(BookingReasons.InvalidPhone), Decide(Booking() with { Phone = new BookingPhone(PhoneFinding.Invalid, null) }));
    }

    [Fact]
    public void Created_NoPhoneButLinked_StillUpdates() =>
        Assert.Equal(BookingAction.Update, Decide(Booking() with { Phone = BookingPhone.None }, new BookingMatches(Contact, null)).Action);

    [Fact]
    public void Rescheduled_LinkedByPreviousBooking_MovesThatContact() =>
        Assert.Equal(new BookingDecision(BookingAction.Move, Contact),
            Decide(Booking(BookingEventKind.Rescheduled) with { PreviousExternalId = "uid-0" }, new BookingMatches(Contact, null)));

    [Fact]
    public void Rescheduled_UnknownPreviousBooking_IsTreatedAsANewBooking() =>
        Assert.Equal(BookingAction.Create, Decide(Booking(BookingEventKind.Rescheduled) with { PreviousExternalId = "uid-0" }).Action);

    [Fact]
    public void Cancelled_Linked_CancelsThatContact() =>
        Assert.Equal(new BookingDecision(BookingAction.Cancel, Contact), Decide(Booking(BookingEventKind.Cancelled), new BookingMatches(Contact, null)));

    [Fact]
    public void Cancelled_UnknownBooking_SkippedEvenWhenThePhoneMatches() =>
        Assert.Equal(BookingDecision.Skip(BookingReasons.UnknownBooking), Decide(Booking(BookingEventKind.Cancelled), new BookingMatches(null, Contact)));

    [Fact]
    public void CalendlyReschedule_CancelFirstThenCreate_EndsAsOneMovedContact()
    {
        var cancel = Booking(BookingEventKind.Cancelled) with { ExternalId = "inv-old", Rescheduled = true, NewExternalId = "inv-new" };
        var create = Booking(BookingEventKind.Rescheduled) with { ExternalId = "inv-new", PreviousExternalId = "inv-old" };

        var first = Decide(cancel, new BookingMatches(Contact, null));
        var second = Decide(create, new BookingMatches(Contact, null));

        Assert.Equal(new BookingDecision(BookingAction.Link, Contact, BookingReasons.RescheduleLinked), first);
        Assert.Equal(["inv-old", "inv-new"], cancel.ExternalIds);
        Assert.Equal(new BookingDecision(BookingAction.Move, Contact), second);
    }

    [Fact]
    public void CalendlyReschedule_CreateFirstThenCancel_NeverCancels()
    {
        var create = Booking(BookingEventKind.Rescheduled) with { ExternalId = "inv-new", PreviousExternalId = "inv-old" };
        var cancel = Booking(BookingEventKind.Cancelled) with { ExternalId = "inv-old", Rescheduled = true, NewExternalId = "inv-new" };

        Assert.Equal(new BookingDecision(BookingAction.Move, Contact), Decide(create, new BookingMatches(Contact, null)));
        Assert.Equal(BookingAction.Link, Decide(cancel, new BookingMatches(Contact, null)).Action);
    }

    [Theory]
    [InlineData(BookingEventKind.Ping)]
    [InlineData(BookingEventKind.Ignored)]
    public void PingAndOtherTriggers_ChangeNothing(BookingEventKind kind) =>
        Assert.Equal(BookingAction.Ignore, Decide(Booking(kind), new BookingMatches(Contact, Contact)).Action);

    [Theory]
    [InlineData(BookingAction.Create, "created")]
    [InlineData(BookingAction.Update, "updated")]
    [InlineData(BookingAction.Link, "updated")]
    [InlineData(BookingAction.Move, "moved")]
    [InlineData(BookingAction.Cancel, "cancelled")]
    [InlineData(BookingAction.Skip, "skipped")]
    [InlineData(BookingAction.Fail, "failed")]
    [InlineData(BookingAction.Ignore, "ignored")]
    public void Outcome_IsTheRecordedCode(BookingAction action, string outcome) => Assert.Equal(outcome, new BookingDecision(action).Outcome);
}
