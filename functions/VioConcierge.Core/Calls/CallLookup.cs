using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Calls;

/// <summary>The provider's view of a call: whether it has ended and, if so, its outcome.</summary>
public sealed record CallLookup(bool Ended, CallOutcome? Outcome);
