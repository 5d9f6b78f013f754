using VioConcierge.Core.Compliance;

namespace VioConcierge.Application.Settings;

public sealed record ComplianceSettingsResponse(bool HipaaMode, string ComplianceLevel, bool PhiDetection, string PhiAction, int Version)
{
    public static ComplianceSettingsResponse From(ComplianceSettings settings, int version) =>
        new(settings.HipaaMode, settings.ComplianceLevel, settings.PhiDetection, settings.PhiAction, version);
}
