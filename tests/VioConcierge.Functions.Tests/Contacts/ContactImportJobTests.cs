using System.Globalization;
using System.Net;
using System.Text;
using VioConcierge.Application.Contacts.Import;
using VioConcierge.Application.Csv;
using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using static VioConcierge.Functions.Tests.Contacts.ImportUploads;

namespace VioConcierge.Functions.Tests.Contacts;

[Collection(ApiCollection.Name)]
public sealed class ContactImportJobTests(ApiFixture api)
{
    [Fact]
    public async Task Import_LargeFile_RunsAsAWorkItemInChunks_WithProgressAndFinalCounts()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = new StringBuilder(ValidRows(api.Clock.GetUtcNow(), 1_497));
        csv.Append("Bad One,123,2030-01-01,10:00,\r\nBad Two,07700 999001,someday,10:00,\r\nBad Three,07700 999002,2030-01-01,noon,\r\n");

        var response = await t.Client.ImportAsync(csv.ToString(), "mode=partial");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var queued = await response.ReadAsync();
        Assert.Equal(("queued", 0, 1_500), (queued.Str("status"), queued.GetProperty("processedRows").GetInt32(), queued.GetProperty("totalRows").GetInt32()));
        Assert.Equal($"/api/contacts/import/{queued.Str("id")}", response.Headers.Location!.ToString());
        Assert.Empty(await t.NamesAsync(""));

        Assert.True(await api.RunDueWorkAsync() >= 1);

        var done = await (await t.Client.GetAsync($"/api/contacts/import/{queued.Str("id")}")).ReadAsync();
        Assert.Equal(("completed", 1_500, 1_497, 3), (done.Str("status"), done.GetProperty("processedRows").GetInt32(),
            done.GetProperty("imported").GetInt32(), done.GetProperty("failed").GetInt32()));
        Assert.Equal([1_498, 1_499, 1_500], done.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("row").GetInt32()).Distinct());
        Assert.Equal(1_497, await TotalAsync(t));
        var audit = await (await (await api.SuperAdminAsync()).Client.GetAsync($"/api/admin/audit?tenantId={t.Tenant.TenantId}&action=contact.imported")).ReadAsync();
        Assert.Equal(2, audit.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task ImportWorkItem_RunAgainAfterFinishing_ImportsNothingTwice()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await (await t.Client.ImportAsync(ValidRows(api.Clock.GetUtcNow(), 1_200))).ReadAsync()).GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();

        var handler = api.Service<IEnumerable<IWorkHandler>>().Single(h => h.Kind == ContactImportHandler.WorkKind);
        await handler.HandleAsync(new WorkItem(Guid.NewGuid(), ContactImportHandler.WorkKind, t.Tenant.TenantId,
            $$"""{"importId":"{{id}}"}""", api.Clock.GetUtcNow(), 2, 5, null), CancellationToken.None);

        Assert.Equal(1_200, await TotalAsync(t));
        var job = await (await t.Client.GetAsync($"/api/contacts/import/{id}")).ReadAsync();
        Assert.Equal((1_200, 1_200), (job.GetProperty("processedRows").GetInt32(), job.GetProperty("imported").GetInt32()));
    }

    [Fact]
    public async Task ImportWorkItem_AfterACrashPastTheFirstChunk_CarriesOnAfterTheLastCommittedRow()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await (await t.Client.ImportAsync(ValidRows(api.Clock.GetUtcNow(), 1_500))).ReadAsync()).GetProperty("id").GetGuid();
        await using (var uow = await api.Service<Database>().BeginTenantAsync(t.Tenant.TenantId, CancellationToken.None))
        {
            await uow.ExecuteAsync("UPDATE contact_imports SET status = 'running', processed_rows = 1000, imported = 1000 WHERE id = @Id", new { Id = id }, CancellationToken.None);
            await uow.CommitAsync(CancellationToken.None);
        }

        await api.RunDueWorkAsync();

        var job = await (await t.Client.GetAsync($"/api/contacts/import/{id}")).ReadAsync();
        Assert.Equal(("completed", 1_500, 1_500), (job.Str("status"), job.GetProperty("processedRows").GetInt32(), job.GetProperty("imported").GetInt32()));
        Assert.Equal(500, await TotalAsync(t));
        Assert.Equal(["Person Abmm"], await t.NamesAsync("sort=name&order=asc&limit=1"));
    }

    [Fact]
    public async Task Import_LargeStrictFileWithOneFailingRow_ImportsNothing()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = ValidRows(api.Clock.GetUtcNow(), 1_400) + "Bad Phone,999,2030-01-01,10:00,\r\n";

        var id = (await (await t.Client.ImportAsync(csv, "mode=strict")).ReadAsync()).Str("id");
        await api.RunDueWorkAsync();

        var job = await (await t.Client.GetAsync($"/api/contacts/import/{id}")).ReadAsync();
        Assert.Equal(("failed", 0, 1), (job.Str("status"), job.GetProperty("imported").GetInt32(), job.GetProperty("failed").GetInt32()));
        Assert.Equal(1_401, job.GetProperty("errors")[0].GetProperty("row").GetInt32());
        Assert.Equal(0, await TotalAsync(t));
    }

    [Fact]
    public async Task ErrorsCsv_ListsEveryError_WhileTheJobShowsTheFirstHundred()
    {
        var t = await TenantSession.StartAsync(api);
        var csv = new StringBuilder(ValidRows(api.Clock.GetUtcNow(), 10));
        for (var i = 0; i < 150; i++)
        {
            csv.Append(CultureInfo.InvariantCulture, $"Bad Person,{i},{IsoDay(api.Clock.GetUtcNow(), 3)},10:00,\r\n");
        }
        var job = await (await t.Client.ImportAsync(csv.ToString())).ReadAsync();

        var response = await t.Client.GetAsync($"/api/contacts/import/{job.Str("id")}/errors.csv");

        Assert.Equal(100, job.GetProperty("errors").GetArrayLength());
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        var records = CsvReader.Read(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(["row", "field", "message"], records[0]);
        Assert.Equal(151, records.Count);
        Assert.Equal(["11", "phone"], records[1][..2]);
        Assert.Equal("160", records[^1][0]);
    }

    [Fact]
    public async Task AnotherTenantsImportJob_Is404()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var id = (await (await a.Client.ImportAsync(ValidRows(api.Clock.GetUtcNow(), 2))).ReadAsync()).Str("id");

        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/contacts/import/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await b.Client.GetAsync($"/api/contacts/import/{id}/errors.csv")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await a.Client.GetAsync($"/api/contacts/import/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await a.Client.GetAsync($"/api/contacts/import/{Guid.NewGuid()}")).StatusCode);
    }

    private static async Task<long> TotalAsync(TenantSession t) =>
        (await (await t.Client.GetAsync("/api/contacts?limit=1")).ReadAsync()).GetProperty("total").GetInt64();
}
