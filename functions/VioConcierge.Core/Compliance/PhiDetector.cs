namespace VioConcierge.Core.Compliance;

/// <summary>
/// Flags likely protected health information in free text (notes, special instructions, appointment types) so it
/// can be kept out of reminder calls. Heuristic by design: it reports at most one finding per rule, in the order of
/// <see cref="PhiRules.All"/>, and never echoes what it matched.
/// <list type="bullet">
/// <item><c>nhs_number</c>: ten digits, written together or as 3 3 4 with single spaces, with a valid modulus-11
/// check digit (not when it follows a +country code, where it is a phone number).</item>
/// <item><c>national_insurance_number</c>: two prefix letters (no D, F, I, Q, U or V; no O second; not BG, GB, KN,
/// NK, NT, TN or ZZ), six digits and a suffix A-D, spaces optional.</item>
/// <item><c>us_ssn</c>: AAA-GG-SSSS with hyphens or spaces, without area 000, 666 or 900-999, group 00 or serial
/// 0000.</item>
/// <item><c>date_of_birth</c>: a real calendar date right after a cue (DOB, D.O.B., date of birth, birth date,
/// birthday, born), or any full date with a four-digit year from 1900 to 1999; other dates (appointments) are not
/// flagged.</item>
/// <item><c>medical_term</c>: one of about 120 diagnoses, conditions, medications and procedures, matched as
/// whole words in any case ("cancer", not "cancelled").</item>
/// </list>
/// </summary>
public static class PhiDetector
{
    private static readonly (string Rule, string Description, Func<string, bool> Found)[] Rules =
    [
        (PhiRules.NhsNumber, "Looks like an NHS number. Remove patient identifiers.", NhsNumberRule.Found),
        (PhiRules.NationalInsuranceNumber, "Looks like a National Insurance number. Remove it.",
            NationalInsuranceNumberRule.Found),
        (PhiRules.UsSsn, "Looks like a US Social Security number. Remove it.", UsSsnRule.Found),
        (PhiRules.DateOfBirth, "Looks like a date of birth. Remove it.", DateOfBirthRule.Found),
        (PhiRules.MedicalTerm, "Contains a clinical word. Say \"appointment\" instead.", MedicalTerms.Found),
    ];

    public static IReadOnlyList<PhiFinding> Scan(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }
        return Rules.Where(rule => rule.Found(text)).Select(rule => new PhiFinding(rule.Rule, rule.Description)).ToArray();
    }
}
