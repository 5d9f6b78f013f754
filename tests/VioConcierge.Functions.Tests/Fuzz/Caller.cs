namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>Who sends a generated request.</summary>
public enum Caller
{
    Anonymous,
    GarbageToken,
    Admin,
    Staff,
    SuperAdmin,
    OtherTenantAdmin,
}
