using VioConcierge.Core.Contacts;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public class BookingContactTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 4, 9, 0, 0, TimeSpan.Zero);

    private static readonly BookingEvent Booking = new()
    {
        Provider = CalendarProvider.Calendly,
        Kind = BookingEventKind.Created,
        Trigger = "invitee.created",
        ExternalId = "inv-1",
        Name = "Dr. Sam O'Neil 3rd",
        Email = "Sam@Example.net",
        Phone = new BookingPhone(PhoneFinding.Valid, "+447700900456"),
        StartUtc = new DateTimeOffset(2026, 10, 26, 9, 30, 0, TimeSpan.Zero),
        TimeZone = "Europe/London",
        DurationMinutes = 45,
        AppointmentType = "Check-up",
        Notes = new string('n', 400),
    };

    [Fact]
    public void ToInput_ValidBooking_PassesContactValidationAsACalendlyContact()
    {
        var draft = ContactValidator.ForCreate(BookingContact.ToInput(Booking, 48), "Europe/London", 24, Now);

        Assert.True(draft.IsValid);
        var contact = draft.Value!;
        Assert.Equal("Dr Sam O'Neil rd", contact.Name);
        Assert.Equal("+447700900456", contact.Phone);
        Assert.Equal("sam@example.net", contact.Email);
        Assert.Equal(Booking.StartUtc, contact.AppointmentAt);
        Assert.Equal(48, contact.CallBeforeHours);
        Assert.Equal(45, contact.DurationMinutes);
        Assert.Equal("calendly", contact.BookingSource);
        Assert.Equal(ContactOptions.SpecialInstructionsMaxLength, contact.SpecialInstructions!.Length);
    }

    [Fact]
    public void ToInput_NoCallTimingOrZone_UsesTheTenantsDefaults()
    {
        var draft = ContactValidator.ForCreate(BookingContact.ToInput(Booking with { TimeZone = null }, null), "Europe/Dublin", 12, Now).Value!;

        Assert.Equal(12, draft.CallBeforeHours);
        Assert.Equal("Europe/Dublin", draft.Timezone);
    }

    [Fact]
    public void ToInput_InvalidEmailOrPhone_LeftOutRatherThanStored()
    {
        var input = BookingContact.ToInput(Booking with { Email = "not-an-email", Phone = new BookingPhone(PhoneFinding.Invalid, null) }, null);

        Assert.Null(input.Email);
        Assert.Null(input.Phone);
    }
}
