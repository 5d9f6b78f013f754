using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Work settings (section <c>Work</c>): PostgreSQL keeps each item (its payload, due time and state) and a relay hands
/// due items to Azure Storage queues, whose queue-triggered functions run them.
/// </summary>
public sealed class WorkQueueOptions
{
    public const string SectionName = "Work";

    /// <summary>Whether this instance relays due work to the queues (its timer, and at once after an enqueue commits).</summary>
    public bool RelayEnabled { get; set; } = true;

    /// <summary>
    /// Deliveries of one message before its items are dead-lettered: the function host's
    /// <c>extensions.queues.maxDequeueCount</c> in <c>host.json</c>, after which the host moves the message to the
    /// poison queue.
    /// </summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 5;

    /// <summary>
    /// The most items one message carries: due items of the same tenant and kind, when that kind's handler runs
    /// batches, travel together (one transaction for all of them).
    /// </summary>
    [Range(1, 100)]
    public int BatchSize { get; set; } = 16;

    /// <summary>How many due items one relay claim takes.</summary>
    [Range(1, 5000)]
    public int RelayBatchSize { get; set; } = 256;

    /// <summary>
    /// The most items relayed and not yet finished at once (in the queues, running, or waiting in orchestrations). The
    /// relay sends no more until some finish, so a backlog (a burst of due work after downtime) waits in PostgreSQL
    /// rather than in the queues, where items not run within their lease would be sent again.
    /// </summary>
    [Range(1, 1_000_000)]
    public int MaxInFlight { get; set; } = 10_000;

    /// <summary>
    /// How long a relayed item may wait in its queue and run before the relay sends it again (its message was lost);
    /// a running handler keeps it leased.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// How long before its due time an orchestrated item (a reminder's timer) is claimed and its orchestration
    /// started, to wait on a durable timer: the call is then placed at its moment, not at the next relay.
    /// </summary>
    public TimeSpan StartAhead { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// The most orchestrated items started and not yet run at once (waiting on their durable timers, or fired and
    /// waiting for the task hub). Past it the relay starts no more: the rest stay in PostgreSQL and go to the call queue
    /// when due, so calls due faster than the task hub runs orchestrations (500 in a minute on Azurite) are not all late.
    /// </summary>
    [Range(0, 100_000)]
    public int MaxWaitingOrchestrations { get; set; } = 25;

    /// <summary>
    /// The pause before a failed orchestrated run is tried again (a durable timer; queue messages are delivered again
    /// after the host's <c>visibilityTimeout</c>).
    /// </summary>
    public TimeSpan RetryAfter { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>The queue of time-critical work (calls, webhooks, reminder timers, outcome checks and call outcomes).</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string CallQueue { get; set; } = "work-calls";

    /// <summary>The queue of all other work (imports, reminder syncs, notifications, campaigns, calendar bookings).</summary>
    [Required, RegularExpression("^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$")]
    public string Queue { get; set; } = "work-items";

    /// <summary>The queue a kind's messages go to.</summary>
    public string QueueFor(string kind) => IsCallWork(kind) ? CallQueue : Queue;

    private static bool IsCallWork(string kind) =>
        kind.StartsWith("calls.", StringComparison.Ordinal) || kind.StartsWith("webhooks.", StringComparison.Ordinal)
        || kind is "reminders.timer" or "reminders.outcome-check" or "reminders.call-outcome" or "reminders.call-deadline";
}
