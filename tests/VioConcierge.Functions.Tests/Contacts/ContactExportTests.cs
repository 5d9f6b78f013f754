using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Contacts.ExportDownloads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactExportTests(ApiFixture api)
{
    [Fact]
    public async Task Export_ChosenFieldsInUkDatesAndNationalPhones_AsCsv()
    {
        var t = await TenantSession.StartAsync(api);
        var year = api.Clock.GetUtcNow().Year + 1;
        await t.CreateContactAsync(new { name = "Ann Able", phone = "+447700900123", appointmentTime = $"{year}-07-15T10:30", ownerName = "Dr Who" });

        var response = await t.Client.GetAsync("/api/contacts/export?fields=name,phone,appointmentDate,appointmentTime,ownerName&dateFormat=uk&phoneFormat=national");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
        var records = await CsvAsync(response);
        Assert.Equal(["Name", "Phone", "Appointment Date", "Appointment Time", "Owner Name"], records[0]);
        Assert.Equal(["Ann Able", "07700 900123", $"15/07/{year}", "10:30", "Dr Who"], records[1]);
    }

    [Theory]
    [InlineData("e164", "'+447700900123")]
    [InlineData("international", "'+44 7700 900123")]
    [InlineData("national", "07700 900123")]
    public async Task Export_PhoneFormats_NeverStartACellWithAFormulaCharacter(string format, string expected)
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync("Ann Able");

        var records = await CsvAsync(await t.Client.GetAsync($"/api/contacts/export?fields=phone&phoneFormat={format}"));

        Assert.Equal(expected, records[1][0]);
    }

    [Fact]
    public async Task Export_DefaultFieldsAndIsoDates_InJson()
    {
        var t = await TenantSession.StartAsync(api);
        var year = api.Clock.GetUtcNow().Year + 1;
        await t.CreateContactAsync(new { name = "Ann Able", phone = "07700 900123", email = "ann@example.com", appointmentTime = $"{year}-01-15T09:05", durationMinutes = 30 });

        var response = await t.Client.GetAsync("/api/contacts/export?format=json&fields=name,phone,email,appointmentDate,appointmentTime,durationMinutes,notes");

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var contact = Assert.Single((await response.ReadAsync()).EnumerateArray());
        Assert.Equal(("Ann Able", "+447700900123", "ann@example.com", $"{year}-01-15", "09:05", 30),
            (contact.Str("name"), contact.Str("phone"), contact.Str("email"), contact.Str("appointmentDate"), contact.Str("appointmentTime"),
             contact.GetProperty("durationMinutes").GetInt32()));
        Assert.Equal(JsonValueKind.Null, contact.GetProperty("notes").ValueKind);
        var standard = Assert.Single((await (await t.Client.GetAsync("/api/contacts/export?format=json")).ReadAsync()).EnumerateArray());
        Assert.Equal(["name", "phone", "email", "appointmentDate", "appointmentTime", "timezone", "status"], standard.EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("fields=name,shoeSize", "fields")]
    [InlineData("format=xlsx", "format")]
    [InlineData("scope=everything", "scope")]
    [InlineData("scope=selected", "ids")]
    [InlineData("scope=selected&ids=not-a-guid", "ids")]
    [InlineData("scope=group", "group")]
    [InlineData("dateFormat=us", "dateFormat")]
    [InlineData("phoneFormat=dots", "phoneFormat")]
    [InlineData("scope=filtered&status=lost", "status")]
    public async Task Export_InvalidRequest_Is400NamingTheParameter(string query, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.GetAsync("/api/contacts/export?" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    [Fact]
    public async Task Export_HipaaSafe_LeavesOutNotesInstructionsAndAppointmentType()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync(new { name = "Ann Able", phone = "07700 900123", appointmentTime = t.InDays(3), notes = "Private", specialInstructions = "Side door", appointmentType = "Check-up" });
        const string fields = "fields=name,notes,specialInstructions,appointmentType";

        var open = await CsvAsync(await t.Client.GetAsync($"/api/contacts/export?{fields}"));
        var safe = await t.Client.GetAsync($"/api/contacts/export?{fields}&hipaaSafe=true");

        Assert.Equal(["Ann Able", "Private", "Side door", "Check-up"], open[1]);
        Assert.Equal("notes,specialInstructions,appointmentType", safe.Headers.GetValues("X-Omitted-Fields").Single());
        var records = await CsvAsync(safe);
        Assert.Equal(["Name"], records[0]);
        Assert.DoesNotContain("Private", string.Concat(records.SelectMany(r => r)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_TenantInHipaaMode_IsHipaaSafeEvenWhenNotAskedFor()
    {
        var t = await TenantSession.StartAsync(api, "medical");
        await t.CreateContactAsync(new { name = "Pat Patient", phone = "07700 900123", appointmentTime = t.InDays(3), notes = "Prefers mornings" });

        var response = await t.Client.GetAsync("/api/contacts/export?fields=name,notes&hipaaSafe=false");

        Assert.Equal("notes", response.Headers.GetValues("X-Omitted-Fields").Single());
        Assert.Equal(["Name"], (await CsvAsync(response))[0]);
    }
}
