namespace VioConcierge.Core.Business;

/// <summary>
/// A setting whose default depends on the business type and whose current value is not the type's default
/// (<c>calls.voiceTone</c>: <c>friendly</c>, default <c>medical</c>). Values as text (<c>true</c>/<c>false</c> for switches).
/// </summary>
public sealed record TypeDefaultDifference(string Setting, string Current, string TypeDefault);
