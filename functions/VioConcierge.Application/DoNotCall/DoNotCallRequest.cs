using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.DoNotCall;

public sealed record DoNotCallRequest([property: Required] string? Phone, string? Reason);
