namespace VioConcierge.Core.Compliance;

/// <summary>
/// One kind of likely protected health information found in a text: the rule (<see cref="PhiRules"/>) and a
/// sentence for the user. Never carries the matched text, so it is safe to return in responses and audit logs.
/// </summary>
public sealed record PhiFinding(string Rule, string Description);
