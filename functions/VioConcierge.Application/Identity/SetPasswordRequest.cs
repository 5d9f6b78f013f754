using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

/// <summary>The token from a welcome or password-reset email, and the password the user chooses.</summary>
public sealed record SetPasswordRequest([property: Required] string? Token, [property: Required] string? Password);
