using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

public sealed record ChangePasswordRequest([property: Required] string? CurrentPassword, [property: Required] string? NewPassword);
