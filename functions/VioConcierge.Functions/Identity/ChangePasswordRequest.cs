using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Identity;

public sealed record ChangePasswordRequest([property: Required] string? CurrentPassword, [property: Required] string? NewPassword);
