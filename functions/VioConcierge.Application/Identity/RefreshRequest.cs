using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

public sealed record RefreshRequest([property: Required] string? RefreshToken);
