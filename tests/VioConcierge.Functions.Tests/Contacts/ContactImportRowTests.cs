using System.Globalization;
using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Contacts.ImportUploads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactImportRowTests(ApiFixture api)
{
    [Fact]
    public async Task Import_DryRun_WritesNothing_AndPreviewsRowsAsTheyWouldBeStored()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = ValidRows(api.Clock.GetUtcNow(), 12) + $"Bad Phone,12345,{IsoDay(api.Clock.GetUtcNow(), 3)},10:00,\r\n";

        var response = await t.Client.ImportAsync(csv, "dryRun=true&mode=partial");

        var job = await response.ReadAsync();
        Assert.True(job.GetProperty("dryRun").GetBoolean());
        Assert.Equal((12, 1, 13), (job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32(), job.GetProperty("totalRows").GetInt32()));
        var preview = job.GetProperty("preview").EnumerateArray().ToArray();
        Assert.Equal(10, preview.Length);
        Assert.Equal(("insert", "+447700000000", 1), (preview[0].Str("action"), preview[0].Str("phone"), preview[0].GetProperty("row").GetInt32()));
        Assert.Equal("phone", job.GetProperty("errors")[0].Str("field"));
        Assert.Empty(await t.NamesAsync(""));
        var audit = await AuditAsync(t, "contact.imported");
        Assert.Empty(audit);
    }

    [Theory]
    [InlineData("mode=strict")]
    [InlineData("")]
    public async Task Import_StrictWithAFailingRow_ImportsNothingAndSaysWhy_StrictBeingTheDefault(string query)
    {
        var t = await TenantSession.StartAsync(api);
        var csv = ValidRows(api.Clock.GetUtcNow(), 3) + $"Past Person,07700 900999,{IsoDay(api.Clock.GetUtcNow(), -2)},10:00,\r\n";

        var job = await (await t.Client.ImportAsync(csv, query)).ReadAsync();

        Assert.Equal("failed", job.Str("status"));
        Assert.Equal((0, 1), (job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32()));
        Assert.Contains("Strict mode", job.Str("message"), StringComparison.Ordinal);
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal((4, "appointmentTime"), (error.GetProperty("row").GetInt32(), error.Str("field")));
        Assert.Contains("future", error.Str("message"), StringComparison.Ordinal);
        Assert.Empty(await t.NamesAsync(""));
    }

    [Fact]
    public async Task Import_PartialWithFailingRows_ImportsTheValidRowsAndReportsEachFieldOfTheOthers()
    {
        var t = await TenantSession.StartAsync(api);
        var day = IsoDay(api.Clock.GetUtcNow(), 4);
        var csv = CsvText("Name,Phone,Email,Appointment Date,Appointment Time,Duration",
            $"Good Person,07700 900501,,{day},10:00,",
            $"B,12345,not-an-email,{day},10:00,50",
            $"Also Good,07700 900503,,{day},10:00,30",
            $",07700 900504,,31/02/2030,25:99,");

        var job = await (await t.Client.ImportAsync(csv, "mode=partial")).ReadAsync();

        Assert.Equal(("completed", 2, 2), (job.Str("status"), job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32()));
        var errors = job.GetProperty("errors").EnumerateArray().Select(e => (e.GetProperty("row").GetInt32(), e.Str("field"))).ToHashSet();
        Assert.Superset(new HashSet<(int, string)> { (2, "name"), (2, "phone"), (2, "email"), (2, "durationMinutes"), (4, "name"), (4, "appointmentDate"), (4, "appointmentTime") }, errors);
        Assert.Equal(["Also Good", "Good Person"], (await t.NamesAsync("sort=name")).ToArray());
    }

    [Fact]
    public async Task Import_DuplicatesSkip_LeavesTheMatchingContactAlone()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync(new { name = "Existing Person", phone = "07700 900601", email = "ex@example.com", appointmentTime = t.InDays(3) });
        var day = IsoDay(api.Clock.GetUtcNow(), 6);
        var csv = CsvText("Name,Phone,Email,Appointment Date,Appointment Time",
            $"Same Phone,+447700900601,,{day},10:00", $"Same Email,07700 900602,EX@example.com,{day},10:00", $"New Person,07700 900603,,{day},10:00");

        var job = await (await t.Client.ImportAsync(csv)).ReadAsync();

        Assert.Equal((1, 2, 0), (job.GetProperty("imported").GetInt32(), job.GetProperty("skipped").GetInt32(), job.GetProperty("failed").GetInt32()));
        Assert.Equal(["Existing Person", "New Person"], await t.NamesAsync("sort=name"));
    }

    [Fact]
    public async Task Import_DuplicatesUpdate_ChangesTheMatchWithTheRowsNonEmptyCells()
    {
        var t = await TenantSession.StartAsync(api);
        var existing = await t.CreateContactAsync(new { name = "Existing Person", phone = "07700 900701", appointmentTime = t.InDays(3), notes = "Keep me", ownerName = "Dr Old" });
        var csv = CsvText("Name,Phone,Appointment,Owner,Notes", $"Existing Person,07700 900701,{IsoDay(api.Clock.GetUtcNow(), 9)} 15:00,Dr New,");

        var job = await (await t.Client.ImportAsync(csv, "duplicates=update")).ReadAsync();

        Assert.Equal((0, 1), (job.GetProperty("imported").GetInt32(), job.GetProperty("updated").GetInt32()));
        var updated = await (await t.Client.GetAsync($"/api/contacts/{existing.Str("id")}")).ReadAsync();
        Assert.Equal(("Dr New", "Keep me", 2), (updated.Str("ownerName"), updated.Str("notes"), updated.GetProperty("version").GetInt32()));
        Assert.Equal(api.Clock.GetUtcNow().AddDays(9).Date, updated.GetProperty("appointmentTime").GetDateTimeOffset().Date);
        Assert.Single(await t.NamesAsync(""));
    }

    [Fact]
    public async Task Import_DuplicatesCreate_AddsAnotherContactButNeverReusesAnEmail()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync(new { name = "Existing Person", phone = "07700 900801", email = "taken@example.com", appointmentTime = t.InDays(3) });
        var day = IsoDay(api.Clock.GetUtcNow(), 6);
        var csv = CsvText("Name,Phone,Email,Appointment Date,Appointment Time", $"Twin Phone,07700 900801,,{day},10:00", $"Twin Email,07700 900802,taken@example.com,{day},10:00");

        var job = await (await t.Client.ImportAsync(csv, "duplicates=create&mode=partial")).ReadAsync();

        Assert.Equal((1, 1), (job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32()));
        Assert.Equal("email", job.GetProperty("errors")[0].Str("field"));
        Assert.Equal(["Existing Person", "Twin Phone"], await t.NamesAsync("sort=name"));
    }

    [Fact]
    public async Task Import_DuplicatesUpdateAsStaff_Is403_WhileStaffMayImportNewContacts()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);
        var csv = ValidRows(api.Clock.GetUtcNow(), 2);

        var update = await staff.Client.ImportAsync(csv, "duplicates=update");
        var create = await staff.Client.ImportAsync(csv);

        Assert.Equal(HttpStatusCode.Forbidden, update.StatusCode);
        Assert.Equal(HttpStatusCode.OK, create.StatusCode);
        Assert.Equal(2, (await create.ReadAsync()).GetProperty("imported").GetInt32());
    }

    [Fact]
    public async Task Import_PhiInBlockMode_FailsTheRowNamingFieldAndRule_AndAuditsWithoutCellContents()
    {
        var t = await TenantSession.StartAsync(api, "medical");
        var day = IsoDay(api.Clock.GetUtcNow(), 4);
        var csv = CsvText("Name,Phone,Appointment Date,Appointment Time,Notes", $"Pat Patient,07700 900901,{day},10:00,NHS no 943 476 5919", $"Clean Patient,07700 900902,{day},10:00,Prefers mornings");

        var job = await (await t.Client.ImportAsync(csv, "mode=partial")).ReadAsync();

        Assert.Equal((1, 1), (job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32()));
        var error = Assert.Single(job.GetProperty("errors").EnumerateArray());
        Assert.Equal((1, "notes"), (error.GetProperty("row").GetInt32(), error.Str("field")));
        Assert.Contains("nhs_number", error.Str("message"), StringComparison.Ordinal);
        Assert.DoesNotContain("943 476", job.GetRawText(), StringComparison.Ordinal);
        var entry = Assert.Single(await AuditAsync(t, "contact.imported"));
        var changes = entry.GetProperty("changes");
        Assert.Equal((1, 1, "contacts.csv"), (changes.GetProperty("imported").GetProperty("after").GetInt32(),
            changes.GetProperty("failed").GetProperty("after").GetInt32(), changes.GetProperty("fileName").Str("after")));
        Assert.DoesNotContain("mornings", entry.GetRawText(), StringComparison.Ordinal);
    }

    private async Task<JsonElement[]> AuditAsync(TenantSession t, string action)
    {
        var root = await api.SuperAdminAsync();
        var page = await (await root.Client.GetAsync(string.Create(CultureInfo.InvariantCulture, $"/api/admin/audit?tenantId={t.Tenant.TenantId}&action={action}"))).ReadAsync();
        return page.GetProperty("items").EnumerateArray().ToArray();
    }
}
