using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Reminders;

/// <summary>
/// A reminder as read for a decision made outside the engine: its state, the tenant's policy, the moment to decide by
/// (the app's clock) and the row's version, which must be unchanged when the decision is carried out.
/// </summary>
public sealed record ReminderSnapshot(ReminderState State, ReminderPolicy Policy, DateTimeOffset Now, int Version);
