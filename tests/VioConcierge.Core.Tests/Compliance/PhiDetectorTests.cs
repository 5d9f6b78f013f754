using VioConcierge.Core.Compliance;

namespace VioConcierge.Core.Tests.Compliance;

public class PhiDetectorTests
{
    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Please arrive 10 minutes early for your appointment with Dr Patel.")]
    [InlineData("Annual check-up at Park Lane Surgery, 14:30 on 12/03/2026. Call 020 7946 0958 to rearrange.")]
    public void Scan_OrdinaryReminderText_FindsNothing(string? text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Theory]
    [InlineData("943 476 5919")]
    [InlineData("9434765919")]
    [InlineData("NHS no: 943 476 5919.")]
    [InlineData("nhs(4010232137)")]
    [InlineData("400 000 0020")]
    public void Scan_NhsNumberWithValidCheckDigit_FindsNhsNumber(string text)
    {
        Assert.Equal([PhiRules.NhsNumber], Rules(text));
    }

    [Theory]
    [InlineData("943 476 5918")]
    [InlineData("9434765910")]
    [InlineData("400 000 0080")]
    [InlineData("943 4765919")]
    [InlineData("94347659190")]
    [InlineData("09434765919")]
    [InlineData("Call +1 943 476 5919")]
    public void Scan_TenDigitsNotAValidNhsNumber_FindsNothing(string text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Theory]
    [InlineData("AB 12 34 56 C")]
    [InlineData("ab123456c")]
    [InlineData("NI: JG103759A")]
    [InlineData("OA 123456 D")]
    [InlineData("CE123456B")]
    public void Scan_NationalInsuranceNumber_FindsIt(string text)
    {
        Assert.Equal([PhiRules.NationalInsuranceNumber], Rules(text));
    }

    [Theory]
    [InlineData("QQ 12 34 56 C")]
    [InlineData("DA123456A")]
    [InlineData("FA123456A")]
    [InlineData("IA123456A")]
    [InlineData("UA123456A")]
    [InlineData("VA123456A")]
    [InlineData("AD123456A")]
    [InlineData("AV123456A")]
    [InlineData("AO123456A")]
    [InlineData("BG123456A")]
    [InlineData("GB123456A")]
    [InlineData("NK123456A")]
    [InlineData("KN123456A")]
    [InlineData("TN123456A")]
    [InlineData("NT123456A")]
    [InlineData("ZZ123456A")]
    [InlineData("AB123456E")]
    [InlineData("AB12345C")]
    [InlineData("XAB123456C")]
    [InlineData("AB123456CD")]
    public void Scan_NotANationalInsuranceNumber_FindsNothing(string text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Theory]
    [InlineData("123-45-6789")]
    [InlineData("SSN 219 09 9999")]
    [InlineData("ssn:078-05-1120.")]
    [InlineData("665-01-0001")]
    public void Scan_UsSocialSecurityNumber_FindsIt(string text)
    {
        Assert.Equal([PhiRules.UsSsn], Rules(text));
    }

    [Theory]
    [InlineData("000-12-3456")]
    [InlineData("666-12-3456")]
    [InlineData("900-12-3456")]
    [InlineData("999-12-3456")]
    [InlineData("123-00-4567")]
    [InlineData("123-45-0000")]
    [InlineData("123-45 6789")]
    [InlineData("123-45-67890")]
    [InlineData("1123-45-6789")]
    [InlineData("123456789")]
    public void Scan_ExcludedOrMalformedSsn_FindsNothing(string text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Theory]
    [InlineData("DOB: 12/03/1985")]
    [InlineData("dob 12-03-2010")]
    [InlineData("D.O.B. 12.03.85")]
    [InlineData("Date of birth 2004-03-12")]
    [InlineData("Born on the 12th of March 2001")]
    [InlineData("born 03/25/2005")]
    [InlineData("Birthday: March 12, 2003")]
    [InlineData("Birth date - 29/02/2008")]
    [InlineData("Mrs Jones 14/07/1962, prefers mornings")]
    [InlineData("Mr Shah 1958-11-30")]
    [InlineData("Ruth, 3 Sept 1941")]
    public void Scan_DateOfBirth_FindsIt(string text)
    {
        Assert.Equal([PhiRules.DateOfBirth], Rules(text));
    }

    [Theory]
    [InlineData("Appointment on 12/03/2026")]
    [InlineData("Rebooked from 2025-11-30 to 2026-01-04")]
    [InlineData("Last seen 03/02/2019")]
    [InlineData("Reschedule to 5 March 2026")]
    [InlineData("Born in 1985")]
    [InlineData("DOB 31/02/1985")]
    [InlineData("DOB 45/45/2001")]
    [InlineData("Please bring your DOB and ID")]
    [InlineData("Valid 01/01/2000 to 31/12/2000")]
    [InlineData("Version 1.12.03.1985")]
    public void Scan_DateWithoutBirthContext_FindsNothing(string text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Theory]
    [InlineData("cancer")]
    [InlineData("Follow-up for her Diabetes")]
    [InlineData("CHEMOTHERAPY session")]
    [InlineData("had a heart attack")]
    [InlineData("had a heart-attack")]
    [InlineData("bring the X-ray")]
    [InlineData("Alzheimer's clinic")]
    [InlineData("Alzheimer’s clinic")]
    [InlineData("two tumours")]
    [InlineData("self harm")]
    [InlineData("(HIV)")]
    [InlineData("is pregnant.")]
    [InlineData("methadone pick-up")]
    [InlineData("renal  failure")]
    public void Scan_MedicalTerm_FindsIt(string text)
    {
        Assert.Equal([PhiRules.MedicalTerm], Rules(text));
    }

    [Theory]
    [InlineData("The appointment was cancelled")]
    [InlineData("Consultation at Park Lane Surgery")]
    [InlineData("Annual check-up")]
    [InlineData("Facial treatment, terms and conditions apply")]
    [InlineData("Mr Parkinson")]
    [InlineData("Ms Hiverson")]
    [InlineData("Strokestown Road")]
    [InlineData("Flu jab appointment")]
    [InlineData("insulinated pipes")]
    public void Scan_MedicalWordInsideAnotherWordOrRoutineWord_FindsNothing(string text)
    {
        Assert.Empty(PhiDetector.Scan(text));
    }

    [Fact]
    public void Scan_SeveralKindsAndRepeats_OneFindingPerRuleInRuleOrder()
    {
        // Arrange
        const string text = "Chemo, DOB 12/03/1985, NHS 943 476 5919 and 401 023 2137, NI AB123456C, SSN 123-45-6789, cancer";

        // Act
        var rules = Rules(text);

        // Assert
        Assert.Equal(PhiRules.All, rules);
    }

    [Theory]
    [InlineData("NHS 943 476 5919", "943 476 5919")]
    [InlineData("NHS 9434765919", "9434765919")]
    [InlineData("AB 12 34 56 C", "AB 12 34 56 C")]
    [InlineData("123-45-6789", "123-45-6789")]
    [InlineData("DOB: 12/03/1985", "12/03/1985")]
    [InlineData("Date of birth 12 March 1985", "12 March 1985")]
    [InlineData("cancer", "cancer")]
    [InlineData("needs medication", "medication")]
    [InlineData("health condition", "health condition")]
    [InlineData("medical history", "medical history")]
    [InlineData("appointment about his diagnosis", "diagnosis")]
    public void Scan_Finding_DescriptionNeverEchoesTheMatchedText(string text, string secret)
    {
        // Act
        var finding = Assert.Single(PhiDetector.Scan(text));

        // Assert
        Assert.DoesNotContain(secret, finding.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Scan_EveryDescription_IsItselfFreeOfPhi()
    {
        // Arrange
        var findings = PhiDetector.Scan("Chemo, DOB 12/03/1985, NHS 943 476 5919, NI AB123456C, SSN 123-45-6789");

        // Act / Assert
        Assert.Equal(PhiRules.All.Count, findings.Count);
        Assert.All(findings, finding => Assert.Empty(PhiDetector.Scan(finding.Description)));
    }

    private static string[] Rules(string text) => PhiDetector.Scan(text).Select(finding => finding.Rule).ToArray();
}
