namespace VioConcierge.Application.Tenants;

/// <summary>
/// First-run seeding (section <c>Bootstrap</c>): the first super admin when none exists, and optionally a demo tenant
/// with a client admin for local runs.
/// </summary>
public sealed class BootstrapOptions
{
    public const string SectionName = "Bootstrap";

    public string? SuperAdminEmail { get; set; }

    public string? SuperAdminPassword { get; set; }

    public bool SeedDemoTenant { get; set; }

    public string DemoTenantName { get; set; } = "Demo Dental Practice";

    public string? DemoAdminEmail { get; set; }

    public string? DemoAdminPassword { get; set; }
}
