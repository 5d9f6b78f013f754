namespace VioConcierge.Functions.DoNotCall;

/// <summary>The customer asked not to be called (true) or agreed again (false).</summary>
public sealed record OptOutRequest(bool? OptedOut);
