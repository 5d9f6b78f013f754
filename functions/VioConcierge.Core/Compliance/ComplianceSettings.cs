using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Compliance;

/// <summary>
/// A tenant's privacy settings (seed 000, HIPAA configuration): HIPAA mode (on by default for medical practices),
/// compliance level (strict | standard | basic), automatic PHI detection, and what detection does: <c>warn</c>
/// (save and flag) or <c>block</c> (refuse with 400).
/// </summary>
public sealed record ComplianceSettings(bool HipaaMode, string ComplianceLevel, bool PhiDetection, string PhiAction)
{
    public const string Section = "compliance";
    public static readonly IReadOnlyList<string> Levels = ["strict", "standard", "basic"];
    public static readonly IReadOnlyList<string> Actions = ["warn", "block"];

    public static ComplianceSettings DefaultFor(string businessType) =>
        new(businessType == BusinessTypes.Medical, "standard", true, businessType == BusinessTypes.Medical ? "block" : "warn");

    /// <summary>Whether text fields are screened for PHI on save.</summary>
    public bool ScreensPhi => HipaaMode && PhiDetection;

    public FieldErrors Validate() => new FieldErrors()
        .AddIf(!Levels.Contains(ComplianceLevel), "complianceLevel", $"Compliance level must be one of: {string.Join(", ", Levels)}.")
        .AddIf(!Actions.Contains(PhiAction), "phiAction", $"PHI action must be one of: {string.Join(", ", Actions)}.");
}
