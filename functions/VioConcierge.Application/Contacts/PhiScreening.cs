using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// Screens the free-text fields of a contact for likely PHI when the tenant is in HIPAA mode with detection on:
/// in <c>block</c> mode findings are field errors; in <c>warn</c> mode they are returned as warnings.
/// </summary>
public static class PhiScreening
{
    public static IReadOnlyList<PhiWarning> Scan(ContactDraft draft, ComplianceSettings settings)
    {
        if (!settings.ScreensPhi)
        {
            return [];
        }
        return new (string Field, string? Text)[]
            {
                ("notes", draft.Notes), ("specialInstructions", draft.SpecialInstructions), ("appointmentType", draft.AppointmentType),
            }
            .SelectMany(field => PhiDetector.Scan(field.Text).Select(finding => new PhiWarning(field.Field, finding.Rule, finding.Description)))
            .ToArray();
    }

    public static FieldErrors AsErrors(IEnumerable<PhiWarning> warnings)
    {
        var errors = new FieldErrors();
        foreach (var warning in warnings)
        {
            errors.Add(warning.Field, $"{warning.Description} (rule: {warning.Rule})");
        }
        return errors;
    }
}
