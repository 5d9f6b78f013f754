using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Tenants;

public sealed record NewAdminRequest([property: Required] string? FullName, [property: Required] string? Email, string? JobTitle, string? Password);
