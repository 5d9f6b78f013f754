using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>Per test: the function app on a fresh database and queues (3 attempts), with one test handler built on it.</summary>
public abstract class HandlerDispatchTests<THandler> : IAsyncLifetime where THandler : class, IWorkHandler
{
    protected QueueHarness Harness { get; private set; } = null!;

    protected THandler Handler => Harness.Services.GetServices<IWorkHandler>().OfType<THandler>().Single();

    /// <summary>The handler under test, on the app's database, queue and clock.</summary>
    protected abstract THandler CreateHandler(Database database, PostgresWorkQueue queue, TimeProvider time);

    public async Task InitializeAsync() => Harness = await QueueHarness.CreateAsync(maxAttempts: 3, handler: services =>
        CreateHandler(services.GetRequiredService<Database>(), services.GetRequiredService<PostgresWorkQueue>(), services.GetRequiredService<TimeProvider>()));

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
