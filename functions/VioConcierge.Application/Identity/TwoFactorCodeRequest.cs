using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

public sealed record TwoFactorCodeRequest([property: Required] string? Code);
