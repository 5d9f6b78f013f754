namespace VioConcierge.Core.Business;

/// <summary>One day as sent: <c>open</c> and <c>close</c> as <c>HH:mm</c>, required unless <c>closed</c> is true.</summary>
public sealed record DayHoursInput(string? Open, string? Close, bool? Closed);
