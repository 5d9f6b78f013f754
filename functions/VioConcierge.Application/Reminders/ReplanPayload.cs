namespace VioConcierge.Application.Reminders;

/// <summary>The contacts whose waiting reminders are planned again, and why (the code their timelines show).</summary>
public sealed record ReplanPayload(Guid[] ContactIds, string Reason);
