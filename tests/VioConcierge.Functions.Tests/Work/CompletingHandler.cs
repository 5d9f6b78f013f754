using VioConcierge.Application.Work;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Work;

/// <summary>
/// A handler that completes its item in its own transaction: it enqueues a follow-up item (the visible trace of its
/// work), marks the item done, then throws when told to, or commits.
/// </summary>
public sealed class CompletingHandler(Database database, PostgresWorkQueue queue, TimeProvider time) : ITransactionalWorkHandler
{
    public const string FollowUpKind = "test.follow-up";

    public bool FailAfterCompleting { get; set; }

    public string Kind => QueueHarness.Kind;

    public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The dispatcher must pass the completion.");

    public async Task HandleAsync(WorkItem item, WorkCompletion completion, CancellationToken cancellationToken)
    {
        await using var uow = await database.BeginPlatformAsync(cancellationToken);
        await queue.EnqueueAsync(uow, new WorkRequest(FollowUpKind, "{}", time.GetUtcNow().AddDays(1)), cancellationToken);
        await completion.CompleteInAsync(uow, cancellationToken);
        if (FailAfterCompleting)
        {
            throw new InvalidOperationException("Scripted failure after completing.");
        }
        await uow.CommitAsync(cancellationToken);
    }
}
