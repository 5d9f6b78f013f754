using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Work;

/// <summary>
/// The input of a <see cref="TimedWorkFunctions.TimedWork"/> orchestration: the claimed item (as its queue message would
/// carry it), how long to wait before running it, and the retry rule, all fixed when it starts so the orchestrator
/// reads no clock or setting.
/// </summary>
public sealed record TimedWork(WorkMessage Message, TimeSpan Delay, int MaxAttempts, TimeSpan RetryAfter);

/// <summary>The input of one run of a timed item: the item and which attempt this is.</summary>
public sealed record TimedWorkRun(WorkMessage Message, int Attempt);
