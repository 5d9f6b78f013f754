using System.Text.RegularExpressions;

namespace VioConcierge.Core.Compliance;

/// <summary>
/// Words that reveal a diagnosis, condition, medication or procedure when they sit next to a patient's name,
/// matched whole (case-insensitive, optional plural "s"; spaces and hyphens inside a phrase interchangeable), so
/// "cancer" is found and "cancelled" is not. Routine words the seed recommends instead ("appointment",
/// "check-up", "consultation") are absent, as are UK usages that would block ordinary reminders: "surgery" (a GP
/// practice), "treatment" and "condition" (salons, terms and conditions), flu jabs and vaccinations. A few words
/// with everyday senses (stroke, depression, anxiety) are kept: a needless warning costs less than a leak.
/// </summary>
internal static class MedicalTerms
{
    public static IReadOnlyList<string> All { get; } =
    [
        // General clinical words (seed: diagnosis, medication, prescription, medical history, health condition).
        "diagnosis", "diagnoses", "diagnosed", "prognosis", "medication", "prescription", "medical history",
        "medical record", "medical condition", "health condition", "terminally ill", "palliative", "hospice",
        // Cancer.
        "cancer", "tumour", "tumor", "leukaemia", "leukemia", "lymphoma", "melanoma", "carcinoma", "oncology",
        "chemotherapy", "chemo", "radiotherapy", "mastectomy", "biopsy",
        // Long-term conditions.
        "diabetes", "diabetic", "insulin", "metformin", "asthma", "inhaler", "copd", "emphysema", "epilepsy",
        "epileptic", "seizure", "stroke", "dementia", "alzheimer's", "parkinson's", "multiple sclerosis",
        "motor neurone disease", "cerebral palsy", "cystic fibrosis", "sickle cell", "heart attack", "heart failure",
        "angina", "arrhythmia", "hypertension", "high blood pressure", "pacemaker", "warfarin", "statin",
        "arthritis", "osteoporosis", "coeliac", "crohn's", "colitis", "incontinence", "kidney failure",
        "renal failure", "dialysis", "transplant", "cirrhosis", "obesity",
        // Infections and sexual health.
        "hiv", "antiretroviral", "hepatitis", "tuberculosis", "sexually transmitted", "sexual health", "sti", "std",
        "chlamydia", "gonorrhoea", "gonorrhea", "syphilis", "herpes",
        // Mental health and addiction.
        "mental health", "depression", "antidepressant", "anxiety", "bipolar", "schizophrenia", "psychosis",
        "psychiatric", "psychiatrist", "eating disorder", "anorexia", "bulimia", "self-harm", "suicidal", "ptsd",
        "adhd", "autism", "addiction", "alcoholism", "overdose", "methadone", "morphine", "opioid", "rehab",
        // Pregnancy and reproductive health.
        "pregnancy", "pregnant", "antenatal", "miscarriage", "abortion", "infertility", "ivf", "hrt",
        "hysterectomy", "vasectomy", "caesarean", "smear test",
        // Procedures and investigations.
        "colonoscopy", "endoscopy", "mammogram", "mri", "ct scan", "x-ray", "ultrasound", "amputation",
        "blood transfusion",
    ];

    private static readonly Regex Pattern = new(
        @"(?<![\p{L}\p{N}])(?:" + string.Join('|', All.Select(ToPattern)) + @")s?(?![\p{L}\p{N}])",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    public static bool Found(string text) => Pattern.IsMatch(text);

    private static string ToPattern(string term) =>
        Regex.Escape(term)
            .Replace("-", @"[\s-]?", StringComparison.Ordinal)
            .Replace(@"\ ", @"[\s-]+", StringComparison.Ordinal)
            .Replace("'", "['’]?", StringComparison.Ordinal);
}
