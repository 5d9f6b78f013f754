using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Business;

/// <summary>
/// The settings whose defaults the business type decides (<see cref="CallSettings.DefaultFor"/>: voice tone and
/// personalisation; <see cref="ComplianceSettings.DefaultFor"/>: HIPAA mode and the PHI action). Changing the business
/// type never changes them: the profile lists where they differ from the type's defaults, and the tenant decides.
/// </summary>
public static class BusinessTypeDefaults
{
    public static IReadOnlyList<TypeDefaultDifference> Differences(string businessType, CallSettings calls, ComplianceSettings compliance)
    {
        var callDefaults = CallSettings.DefaultFor(businessType);
        var complianceDefaults = ComplianceSettings.DefaultFor(businessType);
        TypeDefaultDifference[] all =
        [
            new("calls.voiceTone", calls.VoiceTone, callDefaults.VoiceTone),
            new("calls.personalisationLevel", calls.PersonalisationLevel, callDefaults.PersonalisationLevel),
            new("compliance.hipaaMode", Text(compliance.HipaaMode), Text(complianceDefaults.HipaaMode)),
            new("compliance.phiAction", compliance.PhiAction, complianceDefaults.PhiAction),
        ];
        return all.Where(difference => difference.Current != difference.TypeDefault).ToArray();
    }

    private static string Text(bool value) => value ? "true" : "false";
}
