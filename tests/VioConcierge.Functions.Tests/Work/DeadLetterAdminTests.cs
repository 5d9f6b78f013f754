using System.Diagnostics.Metrics;
using System.Net;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

[Collection(ApiCollection.Name)]
public sealed class DeadLetterAdminTests(ApiFixture api)
{
    [Fact]
    public async Task DeadLetters_AreListedForTheOperator_AndReplayPutsThemBackOnceWithAnAuditEntry()
    {
        var root = await api.SuperAdminAsync();
        var queue = api.Service<PostgresWorkQueue>();
        var id = (await queue.EnqueueAsync(new WorkRequest(ApiFixture.FailingKind, "{\"reason\":\"test\"}", api.Clock.GetUtcNow()), CancellationToken.None))!.Value;
        await api.RunDueWorkAsync();

        var list = await (await root.Client.GetAsync($"/api/admin/work/dead-letters?kind={ApiFixture.FailingKind}")).ReadAsync();
        var replay = await root.Client.PostAsync($"/api/admin/work/{id}/replay", null);
        var replayAgain = await root.Client.PostAsync($"/api/admin/work/{id}/replay", null);
        var audit = await (await root.Client.GetAsync($"/api/admin/audit?action=work.replayed&targetId={id}")).ReadAsync();

        var dead = list.GetProperty("items").EnumerateArray().Single(item => item.GetProperty("id").GetGuid() == id);
        Assert.Equal(new WorkQueueOptions().MaxAttempts, dead.GetProperty("attempts").GetInt32());
        Assert.Contains("always fails", dead.Str("lastError"), StringComparison.Ordinal);
        Assert.Equal(System.Text.Json.JsonValueKind.Null, dead.GetProperty("tenantId").ValueKind); // platform work: no tenant
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, replayAgain.StatusCode);
        Assert.Equal(1, audit.GetProperty("total").GetInt64());
        await api.RunDueWorkAsync();
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        var (status, attempts) = await uow.QuerySingleAsync<(string, int)>("SELECT status, attempts FROM work_items WHERE id = @id", new { id }, CancellationToken.None);
        Assert.Equal(("dead", new WorkQueueOptions().MaxAttempts), (status, attempts));
    }

    [Fact]
    public async Task PoisonMessage_AfterFiveFailedDeliveries_IsListed_Counted_AndOnceItsCauseIsFixedTheReplayRunsItOnce()
    {
        using var counters = new CounterReadings(api.Service<IMeterFactory>());
        var root = await api.SuperAdminAsync();
        var id = (await api.Service<PostgresWorkQueue>().EnqueueAsync(
            new WorkRequest(ApiFixture.FixableKind, "{}", api.Clock.GetUtcNow()), CancellationToken.None))!.Value;
        await api.RunDueWorkAsync();
        var poisoned = await TestStorage.PoisonedAsync(api.Factory.Services, ApiFixture.FixableKind, id);
        var listed = await (await root.Client.GetAsync($"/api/admin/work/dead-letters?kind={ApiFixture.FixableKind}")).ReadAsync();

        api.Fixable.Fixed = true;
        var replay = await root.Client.PostAsync($"/api/admin/work/{id}/replay", null);
        await api.RunDueWorkAsync();

        var attempts = new WorkQueueOptions().MaxAttempts;
        Assert.True(poisoned, "the message is in the poison queue");
        Assert.Equal(1, counters[$"vio.work.poisoned{{kind={ApiFixture.FixableKind}}}"]);
        var dead = Assert.Single(listed.GetProperty("items").EnumerateArray(), item => item.GetProperty("id").GetGuid() == id);
        Assert.Equal(attempts, dead.GetProperty("attempts").GetInt32());
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        Assert.Equal(attempts + 1, api.Fixable.Runs[id]);
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        Assert.Equal("done", await uow.QuerySingleAsync<string>("SELECT status FROM work_items WHERE id = @id", new { id }, CancellationToken.None));
    }

    [Fact]
    public async Task Replay_UnknownItem_Is404()
    {
        var root = await api.SuperAdminAsync();

        var response = await root.Client.PostAsync($"/api/admin/work/{Guid.NewGuid()}/replay", null);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
