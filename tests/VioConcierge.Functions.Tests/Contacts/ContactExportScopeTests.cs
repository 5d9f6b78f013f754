using System.Net;
using VioConcierge.Application.Csv;
using VioConcierge.Functions.Tests.Support;
using static VioConcierge.Functions.Tests.Contacts.ExportDownloads;
using static VioConcierge.Functions.Tests.Contacts.ImportUploads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactExportScopeTests(ApiFixture api)
{
    [Fact]
    public async Task Export_Scopes_SelectGroupAndFilteredContacts()
    {
        var t = await TenantSession.StartAsync(api);
        var ann = (await t.CreateContactAsync("Ann Able", "07700 900101")).Str("id");
        var bob = (await t.CreateContactAsync("Bob Brown", "07700 900102")).Str("id");
        var cat = (await t.CreateContactAsync("Cat Cole", "07700 900103")).Str("id");
        await t.Client.PostJsonAsync($"/api/contacts/{cat}/status", new { status = "confirmed" });
        var vip = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "VIP", contactIds = new[] { bob, cat } })).ReadAsync()).Str("id");

        var selected = await t.ExportedNamesAsync($"scope=selected&ids={ann},{cat}&sort=name");
        var group = await t.ExportedNamesAsync($"scope=group&group={vip}&sort=name");
        var filtered = await t.ExportedNamesAsync("scope=filtered&status=confirmed");
        var all = await t.ExportedNamesAsync("scope=all&status=confirmed&sort=name&order=asc");
        var otherGroup = await t.Client.GetAsync($"/api/contacts/export?scope=group&group={Guid.NewGuid()}");

        Assert.Equal(["Ann Able", "Cat Cole"], selected);
        Assert.Equal(["Bob Brown", "Cat Cole"], group);
        Assert.Equal(["Cat Cole"], filtered);
        Assert.Equal(["Ann Able", "Bob Brown", "Cat Cole"], all);
        Assert.Equal(HttpStatusCode.NotFound, otherGroup.StatusCode);
    }

    [Fact]
    public async Task Export_GroupsField_ListsGroupNames()
    {
        var t = await TenantSession.StartAsync(api);
        var ann = (await t.CreateContactAsync("Ann Able")).Str("id");
        await t.Client.PostJsonAsync("/api/groups", new { name = "VIP", contactIds = new[] { ann } });
        await t.Client.PostJsonAsync("/api/groups", new { name = "Early birds", contactIds = new[] { ann } });

        var records = await CsvAsync(await t.Client.GetAsync("/api/contacts/export?fields=name,groups"));

        Assert.Equal(["Ann Able", "Early birds; VIP"], records[1]);
    }

    [Fact]
    public async Task Export_AsClientUser_Is403()
    {
        var t = await TenantSession.StartAsync(api);
        var staff = await api.SignInAsync(await api.AddStaffAsync(t.Tenant.TenantId), TestUsers.StaffPassword);

        Assert.Equal(HttpStatusCode.Forbidden, (await staff.Client.GetAsync("/api/contacts/export")).StatusCode);
    }

    [Fact]
    public async Task Export_NeverContainsAnotherTenantsOrDeletedContacts()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        await a.CreateContactAsync("Only In A");
        await b.CreateContactAsync("Only In B");
        var gone = (await b.CreateContactAsync("Deleted In B", "07700 900124")).Str("id");
        await b.Client.DeleteAsync($"/api/contacts/{gone}");

        var alsoA = (await a.CreateContactAsync("Also In A", "07700 900125")).Str("id");

        Assert.Equal(["Only In B"], await b.ExportedNamesAsync("scope=all"));
        Assert.Empty(await b.ExportedNamesAsync($"scope=selected&ids={gone},{alsoA}"));
        Assert.Equal(["Also In A", "Only In A"], await a.ExportedNamesAsync("scope=all&sort=name"));
    }

    [Fact]
    public async Task Export_EveryExportIsAudited_WithScopeFormatFieldsAndRowCount_NotTheData()
    {
        var t = await TenantSession.StartAsync(api);
        await t.CreateContactAsync("Ann Able", "07700 900101");
        await t.CreateContactAsync("Bob Brown", "07700 900102");

        await t.Client.GetAsync("/api/contacts/export?fields=name,phone");
        await t.Client.GetAsync("/api/contacts/export?format=json&scope=filtered&q=Ann");

        var root = await api.SuperAdminAsync();
        var page = await (await root.Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.exported")).ReadAsync();
        var entries = page.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("changes")).ToArray();
        Assert.Equal(2, entries.Length);
        var json = entries.Single(e => e.GetProperty("format").Str("after") == "json");
        Assert.Equal(("filtered", 1), (json.GetProperty("scope").Str("after"), json.GetProperty("rows").GetProperty("after").GetInt32()));
        var csv = entries.Single(e => e.GetProperty("format").Str("after") == "csv");
        Assert.Equal(("all", 2), (csv.GetProperty("scope").Str("after"), csv.GetProperty("rows").GetProperty("after").GetInt32()));
        Assert.Equal(["name", "phone"], csv.GetProperty("fields").GetProperty("after").EnumerateArray().Select(f => f.GetString()));
        Assert.DoesNotContain("Ann Able", page.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportThenExport_FormulaCells_AreNeutralised_AndImportBackUnchanged()
    {
        var a = await TenantSession.StartAsync(api);
        const string formula = "=HYPERLINK(\"http://x\",\"y\")";
        var csv = CsvText("Name,Phone,Appointment Date,Appointment Time,Notes,Owner",
            $"-Ann Lee,07700 900123,{IsoDay(api.Clock.GetUtcNow(), 5)},10:30,\"{formula.Replace("\"", "\"\"", StringComparison.Ordinal)}\",@SUM(1+1)");
        Assert.Equal(1, (await (await a.Client.ImportAsync(csv)).ReadAsync()).GetProperty("imported").GetInt32());

        var exported = await a.Client.GetAsync("/api/contacts/export?fields=name,phone,appointmentDate,appointmentTime,notes,ownerName");
        var text = await exported.Content.ReadAsStringAsync();

        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", text, StringComparison.Ordinal);
        var row = CsvReader.Read(text.TrimStart('\uFEFF'))![1];
        Assert.Equal(["'-Ann Lee", "'+447700900123"], row[..2]);
        Assert.Equal(["'" + formula, "'@SUM(1+1)"], row[4..]);
        Assert.All(row, cell => Assert.DoesNotMatch("^[=+\\-@\t\r]", cell));

        var b = await TenantSession.StartAsync(api);
        Assert.Equal(1, (await (await b.Client.ImportAsync(text)).ReadAsync()).GetProperty("imported").GetInt32());
        var back = Assert.Single((await (await b.Client.GetAsync("/api/contacts/export?format=json&fields=name,phone,notes,ownerName")).ReadAsync()).EnumerateArray());
        Assert.Equal(("-Ann Lee", "+447700900123", formula, "@SUM(1+1)"), (back.Str("name"), back.Str("phone"), back.Str("notes"), back.Str("ownerName")));
    }
}
