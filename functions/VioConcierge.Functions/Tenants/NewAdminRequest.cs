namespace VioConcierge.Functions.Tenants;

public sealed record NewAdminRequest(string? FullName, string? Email, string? JobTitle, string? Password);
