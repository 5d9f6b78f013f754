namespace VioConcierge.Application.Contacts;

/// <summary>A likely PHI finding in a field; never carries the text that matched.</summary>
public sealed record PhiWarning(string Field, string Rule, string Description);
