namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// The work kinds whose items wait for their moment in a Durable orchestration (a reminder's timer), registered by the
/// app that declares the orchestration. A relay with a Durable starter claims their items up to
/// <see cref="WorkQueueOptions.StartAhead"/> before they are due and starts one orchestration per item, which waits on a
/// durable timer for the rest; an item already due when claimed goes to its queue like any other.
/// </summary>
public sealed record WorkOrchestration(IReadOnlyCollection<string> Kinds);
