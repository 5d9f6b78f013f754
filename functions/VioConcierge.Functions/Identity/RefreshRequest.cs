using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Identity;

public sealed record RefreshRequest([property: Required] string? RefreshToken);
