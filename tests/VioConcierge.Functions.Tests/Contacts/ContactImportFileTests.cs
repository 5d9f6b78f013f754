using System.Net;
using System.Text;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Contacts.ImportUploads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactImportFileTests(ApiFixture api)
{
    [Fact]
    public async Task Import_BomCrlfQuotedCommasAndNewlines_StoresEveryCellIntact()
    {
        var t = await TenantSession.StartAsync(api);
        var day = IsoDay(api.Clock.GetUtcNow(), 10);
        var csv = CsvText(
            "Name,Phone,Appointment Date,Appointment Time,Company,Notes",
            $"Mary O'Brien,07700 900123,{day},10:30,\"Smith, Jones & Co\",\"Line one, with comma\nLine two \"\"quoted\"\"\"",
            $"Bob Brown,+44 20 7946 0958,{day},11:00,,");
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(csv)).ToArray();

        var response = await t.Client.ImportAsync(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = await response.ReadAsync();
        Assert.Equal("completed", job.Str("status"));
        Assert.Equal(2, job.GetProperty("imported").GetInt32());
        Assert.Equal("Name", job.GetProperty("columns").Str("name"));
        var mary = await ContactNamedAsync(t, "Mary O'Brien");
        Assert.Equal("+447700900123", mary.Str("phone"));
        Assert.Equal("Smith, Jones & Co", mary.Str("companyName"));
        Assert.Equal("Line one, with comma\nLine two \"quoted\"", mary.Str("notes"));
        Assert.Equal("+442079460958", (await ContactNamedAsync(t, "Bob Brown")).Str("phone"));
    }

    [Fact]
    public async Task Import_LfLineEndsAndHeaderSpellings_AreDetectedAndLocalTimesFollowBst()
    {
        var t = await TenantSession.StartAsync(api);
        var year = api.Clock.GetUtcNow().Year + 1;
        var csv = "Full Name,Mobile,E-mail,Date,Time,Stylist,Service,Duration,Priority,Call Before Hours\n"
            + $"Sue Summer,07700 900201,SUE@example.com,15/07/{year},10:30,Dee,Cut and colour,60,High,48\n"
            + $"Wyn Winter,07700 900202,,5/1/{year + 1},2:15 pm,,,,,\n";

        var job = await (await t.Client.ImportAsync(csv)).ReadAsync();

        Assert.Equal(2, job.GetProperty("imported").GetInt32());
        Assert.Equal("Stylist", job.GetProperty("columns").Str("ownerName"));
        var sue = await ContactNamedAsync(t, "Sue Summer");
        Assert.Equal(new DateTimeOffset(year, 7, 15, 9, 30, 0, TimeSpan.Zero), sue.GetProperty("appointmentTime").GetDateTimeOffset());
        Assert.Equal(("sue@example.com", "Dee", "Cut and colour", 60, "high", 48),
            (sue.Str("email"), sue.Str("ownerName"), sue.Str("appointmentType"), sue.GetProperty("durationMinutes").GetInt32(), sue.Str("priority"),
             sue.GetProperty("callBeforeHours").GetInt32()));
        var wyn = await ContactNamedAsync(t, "Wyn Winter");
        Assert.Equal(new DateTimeOffset(year + 1, 1, 5, 14, 15, 0, TimeSpan.Zero), wyn.GetProperty("appointmentTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task Import_OneDateTimeColumn_AcceptsIsoAndUkForms()
    {
        var t = await TenantSession.StartAsync(api);
        var year = api.Clock.GetUtcNow().Year + 1;
        var csv = CsvText("Customer Name,Telephone,Appointment",
            $"Ivy Iso,07700 900301,{year}-12-01T10:30",
            $"Uma Uk,07700 900302,01/12/{year} 10:30",
            $"Ned Nodate,07700 900303,{year}-12-01");

        var job = await (await t.Client.ImportAsync(csv, "mode=partial")).ReadAsync();

        Assert.Equal(2, job.GetProperty("imported").GetInt32());
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal((3, "appointmentTime"), (error.GetProperty("row").GetInt32(), error.Str("field")));
        var expected = new DateTimeOffset(year, 12, 1, 10, 30, 0, TimeSpan.Zero);
        Assert.Equal(expected, (await ContactNamedAsync(t, "Ivy Iso")).GetProperty("appointmentTime").GetDateTimeOffset());
        Assert.Equal(expected, (await ContactNamedAsync(t, "Uma Uk")).GetProperty("appointmentTime").GetDateTimeOffset());
    }

    [Fact]
    public async Task Import_ExplicitMapping_UsesTheMappedColumnsOverRecognisedOnes()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = CsvText("Name,Cust,Tel,When,Phone", $"Wrong Column,Mia Mapped,07700 900401,{IsoDay(api.Clock.GetUtcNow(), 3)} 09:00,not a phone");

        var job = await (await t.Client.ImportAsync(csv, mapping: """{"name":"Cust","phone":"Tel","appointment":"When"}""")).ReadAsync();

        Assert.Equal(1, job.GetProperty("imported").GetInt32());
        Assert.Equal(("Cust", "Tel", "When"), (job.GetProperty("columns").Str("name"), job.GetProperty("columns").Str("phone"), job.GetProperty("columns").Str("appointment")));
        Assert.Equal("+447700900401", (await ContactNamedAsync(t, "Mia Mapped")).Str("phone"));
    }

    [Fact]
    public async Task Import_BadMapping_Is400NamingTheProblem()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = ValidRows(api.Clock.GetUtcNow(), 1);

        var unknownField = await (await t.Client.ImportAsync(csv, mapping: """{"shoeSize":"Name"}""")).ReadAsync();
        var missingHeader = await (await t.Client.ImportAsync(csv, mapping: """{"name":"Full Name"}""")).ReadAsync();
        var notJson = await t.Client.ImportAsync(csv, mapping: "name=Name");

        Assert.Contains("shoeSize", unknownField.Errors("mapping")[0], StringComparison.Ordinal);
        Assert.Contains("Full Name", missingHeader.Errors("mapping")[0], StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, notJson.StatusCode);
    }

    [Fact]
    public async Task Import_MissingRequiredColumns_Is400NamingThem()
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.ImportAsync(CsvText("Name,Email,Notes", "Ann Able,ann@example.com,hi"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.ReadAsync();
        Assert.NotEmpty(problem.Errors("phone"));
        Assert.Contains("appointmentDate", problem.Errors("appointmentTime")[0], StringComparison.Ordinal);
        Assert.False(problem.GetProperty("errors").TryGetProperty("name", out _));
    }

    [Theory]
    [InlineData(new byte[] { 0x4E, 0x61, 0x6D, 0x65, 0x0A, 0xC3, 0x28, 0x0A })]
    [InlineData(new byte[] { 0x4E, 0x61, 0x6D, 0x65, 0x0A, 0xE9, 0x74, 0xE9 })]
    public async Task Import_InvalidUtf8_Is400(byte[] file)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.ImportAsync(file);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("UTF-8", (await response.ReadAsync()).Errors("file")[0], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("\r\n\r\n")]
    [InlineData("Name,Phone,Appointment\r\n")]
    public async Task Import_EmptyFileOrNoDataRows_Is400(string csv)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors("file"));
    }

    [Theory]
    [InlineData("mode=lenient", "mode")]
    [InlineData("duplicates=merge", "duplicates")]
    [InlineData("dryRun=perhaps", "dryRun")]
    public async Task Import_UnknownOption_Is400NamingIt(string query, string field)
    {
        var t = await TenantSession.StartAsync(api);

        var response = await t.Client.ImportAsync(ValidRows(api.Clock.GetUtcNow(), 1), query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty((await response.ReadAsync()).Errors(field));
    }

    private static async Task<JsonElement> ContactNamedAsync(TenantSession t, string name)
    {
        var list = await (await t.Client.GetAsync("/api/contacts?limit=100")).ReadAsync();
        var id = list.GetProperty("items").EnumerateArray().Single(c => c.Str("name") == name).Str("id");
        return await (await t.Client.GetAsync($"/api/contacts/{id}")).ReadAsync();
    }
}
