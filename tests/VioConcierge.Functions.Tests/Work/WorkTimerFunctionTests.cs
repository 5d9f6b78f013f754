using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Work;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// The timer function that replaced the in-process dispatcher loop, called directly as the Functions host calls it:
/// each tick runs every due item (so an app woken from zero by the timer fires what is due), and an instance with
/// <c>Work:DispatcherEnabled</c> false leaves the queue alone.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class WorkTimerFunctionTests(ApiFixture api)
{
    [Fact]
    public async Task Tick_RunsEveryDueItem_AndADisabledInstanceRunsNone()
    {
        // Arrange
        var ids = new List<Guid>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add((await api.Service<PostgresWorkQueue>().EnqueueAsync(
                new WorkRequest(ApiFixture.FailingKind, $"{{\"tick\":{i}}}", api.Clock.GetUtcNow()), CancellationToken.None))!.Value);
        }
        var timer = new TimerInfo { IsPastDue = false };

        // Act
        await Timer(enabled: false).DrainDueWork(timer, CancellationToken.None);
        var untouched = await AttemptsAsync(ids);
        await Timer(enabled: true).DrainDueWork(timer, CancellationToken.None);
        var ran = await AttemptsAsync(ids);

        // Assert
        Assert.All(untouched, attempts => Assert.Equal(0, attempts));
        Assert.All(ran, attempts => Assert.Equal(1, attempts));
    }

    private WorkTimerFunction Timer(bool enabled) => new(api.Service<WorkDispatcher>(),
        Options.Create(new WorkQueueOptions { DispatcherEnabled = enabled }), NullLogger<WorkTimerFunction>.Instance);

    private async Task<IReadOnlyList<int>> AttemptsAsync(IEnumerable<Guid> ids)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        return (await uow.QueryAsync<int>("SELECT attempts FROM work_items WHERE id = ANY(@ids)", new { ids = ids.ToArray() }, CancellationToken.None)).ToList();
    }
}
