using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Identity;

public sealed record TwoFactorCodeRequest([property: Required] string? Code);
