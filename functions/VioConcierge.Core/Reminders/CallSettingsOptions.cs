using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Reminders;

/// <summary>The option lists of seed 000 (call settings, business hours) and the defaults by business type.</summary>
public static class CallSettingsOptions
{
    public const int MaxRetryAttempts = 3;
    public const int MaxClosedDates = 50;

    /// <summary>Our bound (the seed gives none): a lead over a day would stop most same-week reminders.</summary>
    public static readonly TimeSpan MaxRetryCutoff = TimeSpan.FromHours(24);

    public static readonly IReadOnlyList<int> CallTimingHours = [1, 2, 6, 24, 48, 168];
    public static readonly IReadOnlyList<TimeSpan> NoAnswerDelays = Hours(1, 2, 4, 8);
    public static readonly IReadOnlyList<TimeSpan> VoicemailDelays = Hours(4, 8, 12, 24);
    public static readonly IReadOnlyList<TimeSpan> BusyDelays = Hours(0.5, 1, 2);
    public static readonly IReadOnlyList<string> VoiceTones = ["professional", "friendly", "casual", "medical"];
    public static readonly IReadOnlyList<string> ScriptLengths = ["brief", "standard", "detailed"];
    public static readonly IReadOnlyList<string> PersonalisationLevels = ["minimal", "standard", "enhanced"];

    public static string VoiceToneFor(string businessType) => businessType switch
    {
        BusinessTypes.Medical => "medical",
        BusinessTypes.Salon or BusinessTypes.Restaurant => "friendly",
        _ => "professional",
    };

    public static string PersonalisationLevelFor(string businessType) => businessType switch
    {
        BusinessTypes.Medical => "minimal",
        BusinessTypes.Salon or BusinessTypes.Restaurant => "enhanced",
        _ => "standard",
    };

    private static TimeSpan[] Hours(params double[] hours) => [.. hours.Select(TimeSpan.FromHours)];
}
