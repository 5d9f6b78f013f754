using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>Per test: a fresh queue (3 attempts), one test handler built on it, and a dispatcher that runs only that handler.</summary>
public abstract class HandlerDispatchTests<THandler> : IAsyncLifetime where THandler : IWorkHandler
{
    protected QueueHarness Harness { get; private set; } = null!;

    protected THandler Handler { get; private set; } = default!;

    protected WorkDispatcher Dispatcher { get; private set; } = null!;

    /// <summary>The handler under test, on the harness's database, queue and clock.</summary>
    protected abstract THandler CreateHandler(Database database, PostgresWorkQueue queue, TimeProvider time);

    public async Task InitializeAsync()
    {
        Harness = await QueueHarness.CreateAsync(maxAttempts: 3);
        Handler = CreateHandler(Harness.Services.GetRequiredService<Database>(), Harness.Queue, Harness.Clock);
        Dispatcher = Harness.DispatcherWith(Handler);
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}
