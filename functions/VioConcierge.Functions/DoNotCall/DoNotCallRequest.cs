using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.DoNotCall;

public sealed record DoNotCallRequest([property: Required] string? Phone, string? Reason);
