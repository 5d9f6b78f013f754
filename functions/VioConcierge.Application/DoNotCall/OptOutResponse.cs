namespace VioConcierge.Application.DoNotCall;

/// <summary>Whether the contact is now opted out of calls (its number on the do-not-call list).</summary>
public sealed record OptOutResponse(bool OptedOut);
