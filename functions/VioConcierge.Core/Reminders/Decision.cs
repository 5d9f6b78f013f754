namespace VioConcierge.Core.Reminders;

/// <summary>The decider's answer: the next state and the commands to carry out with it.</summary>
public sealed record Decision(ReminderState State, IReadOnlyList<ReminderCommand> Commands)
{
    public static Decision Unchanged(ReminderState state) => new(state, []);
}
