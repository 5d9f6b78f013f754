namespace VioConcierge.Core.Reminders;

/// <summary>The attempt being placed or in progress (attempt numbers start at 1).</summary>
public sealed record ActiveCall(int Attempt, DateTimeOffset PlacedAt, bool Connected = false);
