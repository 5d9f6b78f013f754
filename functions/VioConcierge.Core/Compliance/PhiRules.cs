namespace VioConcierge.Core.Compliance;

/// <summary>Names of the <see cref="PhiDetector"/> rules, as they appear in findings, responses and audit logs.</summary>
public static class PhiRules
{
    public const string NhsNumber = "nhs_number";
    public const string NationalInsuranceNumber = "national_insurance_number";
    public const string UsSsn = "us_ssn";
    public const string DateOfBirth = "date_of_birth";
    public const string MedicalTerm = "medical_term";

    public static IReadOnlyList<string> All { get; } = [NhsNumber, NationalInsuranceNumber, UsSsn, DateOfBirth, MedicalTerm];
}
