using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.DoNotCall;

/// <summary>The customer asked not to be called (true) or agreed again (false).</summary>
public sealed record OptOutRequest([property: Required] bool? OptedOut);
