using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// The input of a <see cref="TimedWorkFunctions.TimedWork"/> orchestration: the claimed item (as its queue message would
/// carry it), the moment to run it on the task hub's clock (real UTC time), and the retry rule, all fixed when it starts
/// so the orchestrator reads no clock or setting. A moment, not a delay: an instance that starts late (a backlog in the
/// task hub) still runs its item on time.
/// </summary>
public sealed record TimedWork(WorkMessage Message, DateTime RunAt, int MaxAttempts, TimeSpan RetryAfter);

/// <summary>The input of one run of a timed item: the item, which attempt this is, and the orchestration it runs for (its spans carry it).</summary>
public sealed record TimedWorkRun(WorkMessage Message, int Attempt, string? InstanceId = null);
