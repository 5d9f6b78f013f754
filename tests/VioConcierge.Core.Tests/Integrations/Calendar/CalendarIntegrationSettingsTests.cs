using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Core.Tests.Integrations.Calendar;

public sealed class CalendarIntegrationSettingsTests
{
    private const string EventTypeUri = "https://api.calendly.com/event_types/AAAAAAAAAAAAAAAA";

    [Fact]
    public void Parse_Defaults_UpdateExistingAutoCreateAllEventTypesTenantTiming()
    {
        var parsed = CalendarIntegrationSettings.Parse(CalendarProvider.CalCom, new(null, null, null, null, null), enabled: false);

        Assert.Null(parsed.Value!.OrganizerEmail);
        Assert.Null(parsed.Value.CallBeforeHours);
        Assert.Empty(parsed.Value.EventTypeFilter);
        Assert.Equal(DuplicateHandling.UpdateExisting, parsed.Value.DuplicateHandling);
        Assert.True(parsed.Value.AutoCreate);
        Assert.True(parsed.Value.Includes("999"));
    }

    [Fact]
    public void Parse_CalCom_NormalisesEmailAndIdsAndDropsRepeats()
    {
        var parsed = CalendarIntegrationSettings.Parse(CalendarProvider.CalCom,
            new(" Desk@Example.ORG ", [" 42", "1234567", "42"], 24, "skip_duplicates", false), enabled: true);

        var settings = parsed.Value!;
        Assert.Equal("desk@example.org", settings.OrganizerEmail);
        Assert.Equal(["42", "1234567"], settings.EventTypeFilter);
        Assert.Equal((24, DuplicateHandling.SkipDuplicates, false), (settings.CallBeforeHours, settings.DuplicateHandling, settings.AutoCreate));
        Assert.True(settings.Includes("42"));
        Assert.False(settings.Includes("43"));
        Assert.False(settings.Includes(null));
    }

    [Fact]
    public void Parse_Calendly_AcceptsEventTypeUris()
    {
        var parsed = CalendarIntegrationSettings.Parse(CalendarProvider.Calendly, new("desk@example.org", [EventTypeUri], 1, "create_new", true), true);

        Assert.Equal([EventTypeUri], parsed.Value!.EventTypeFilter);
        Assert.Equal(DuplicateHandling.CreateNew, parsed.Value.DuplicateHandling);
    }

    [Theory]
    [InlineData("calcom", "not-an-email", null, null, null, "organizerEmail")]
    [InlineData("calcom", null, "0", null, null, "eventTypeFilter[0]")]
    [InlineData("calcom", null, "-5", null, null, "eventTypeFilter[0]")]
    [InlineData("calcom", null, "12ab", null, null, "eventTypeFilter[0]")]
    [InlineData("calcom", null, EventTypeUri, null, null, "eventTypeFilter[0]")]
    [InlineData("calendly", null, "42", null, null, "eventTypeFilter[0]")]
    [InlineData("calendly", null, "https://evil.example/event_types/AAAA", null, null, "eventTypeFilter[0]")]
    [InlineData("calcom", null, null, 0, null, "callBeforeHours")]
    [InlineData("calcom", null, null, 169, null, "callBeforeHours")]
    [InlineData("calendly", null, null, null, "merge", "duplicateHandling")]
    [InlineData("calcom", null, null, null, "Update_Existing", "duplicateHandling")]
    public void Parse_InvalidField_NamesIt(string provider, string? email, string? eventType, int? hours, string? duplicates, string field)
    {
        Assert.True(CalendarProviders.TryParse(provider, out var p));

        var parsed = CalendarIntegrationSettings.Parse(p, new(email, eventType is null ? null : [eventType], hours, duplicates, null), enabled: false);

        Assert.Equal([field], parsed.Errors!.ToDictionary().Keys);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(168)]
    public void Parse_CallBeforeHoursAtTheBounds_IsAccepted(int hours) =>
        Assert.True(CalendarIntegrationSettings.Parse(CalendarProvider.CalCom, new(null, null, hours, null, null), false).IsValid);

    [Fact]
    public void Parse_EnabledWithoutOrganizerEmail_RequiresIt()
    {
        var parsed = CalendarIntegrationSettings.Parse(CalendarProvider.Calendly, new(" ", null, null, null, null), enabled: true);

        Assert.Equal(["organizerEmail"], parsed.Errors!.ToDictionary().Keys);
    }

    [Fact]
    public void Parse_TooManyEventTypes_IsRefused()
    {
        var ids = Enumerable.Range(1, CalendarIntegrationSettings.MaxEventTypes + 1).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        var parsed = CalendarIntegrationSettings.Parse(CalendarProvider.CalCom, new(null, ids, null, null, null), false);

        Assert.Equal(["eventTypeFilter"], parsed.Errors!.ToDictionary().Keys);
    }
}
