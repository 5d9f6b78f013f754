using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Reminders;

/// <summary>
/// A tenant's call settings (seed 000: call timing, retries, calling hours, holidays, voice preferences). A new
/// instance holds the seed's defaults for a general business; <see cref="DefaultFor"/> adjusts the voice defaults
/// by business type. Error keys are the camelCase field names the settings API uses.
/// </summary>
public sealed record CallSettings
{
    public const string Section = "calls";

    public int DefaultCallTimingHours { get; init; } = 24;

    public bool CustomTimingAllowed { get; init; } = true;

    public bool AutomaticRetries { get; init; } = true;

    public int MaxRetryAttempts { get; init; } = 2;

    public RetryDelays RetryDelays { get; init; } = RetryDelays.Default;

    public TimeOnly WindowStart { get; init; } = new(8, 0);

    public TimeOnly WindowEnd { get; init; } = new(20, 0);

    public bool WeekendCalling { get; init; }

    public bool HolidayCalling { get; init; }

    public bool BankHolidaysObserved { get; init; } = true;

    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];

    /// <summary>
    /// How long before the appointment retries (and calls waiting for capacity) stop. The first call is made at the
    /// contact's call timing even when that is closer to the appointment (1 hour before with the 1-hour option).
    /// </summary>
    public TimeSpan RetryCutoff { get; init; } = TimeSpan.FromHours(2);

    public string VoiceTone { get; init; } = "professional";

    public string ScriptLength { get; init; } = "standard";

    public string PersonalisationLevel { get; init; } = "standard";

    public static CallSettings DefaultFor(string businessType) => new()
    {
        VoiceTone = CallSettingsOptions.VoiceToneFor(businessType),
        PersonalisationLevel = CallSettingsOptions.PersonalisationLevelFor(businessType),
    };

    public FieldErrors Validate() => new FieldErrors()
        .AddIf(!CallSettingsOptions.CallTimingHours.Contains(DefaultCallTimingHours), "defaultCallTimingHours", $"Call timing must be one of: {Join(CallSettingsOptions.CallTimingHours)} hours.")
        .AddIf(MaxRetryAttempts is < 0 or > CallSettingsOptions.MaxRetryAttempts, "maxRetryAttempts", $"Retry attempts must be 0 to {CallSettingsOptions.MaxRetryAttempts}.")
        .AddIf(!CallSettingsOptions.NoAnswerDelays.Contains(RetryDelays.NoAnswer), "retryDelays.noAnswer", $"No answer delay must be one of: {Hours(CallSettingsOptions.NoAnswerDelays)} hours.")
        .AddIf(!CallSettingsOptions.VoicemailDelays.Contains(RetryDelays.Voicemail), "retryDelays.voicemail", $"Voicemail delay must be one of: {Hours(CallSettingsOptions.VoicemailDelays)} hours.")
        .AddIf(!CallSettingsOptions.BusyDelays.Contains(RetryDelays.Busy), "retryDelays.busy", $"Busy delay must be one of: {Hours(CallSettingsOptions.BusyDelays)} hours.")
        .AddIf(WindowStart >= WindowEnd, "windowEnd", "The calling window must end after it starts, on the same day.")
        .AddIf(ClosedDates.Count > CallSettingsOptions.MaxClosedDates, "closedDates", $"At most {CallSettingsOptions.MaxClosedDates} closed dates.")
        .AddIf(RetryCutoff < TimeSpan.Zero || RetryCutoff > CallSettingsOptions.MaxRetryCutoff, "retryCutoff", $"The retry cut-off must be 0 to {CallSettingsOptions.MaxRetryCutoff.TotalHours:0} hours.")
        .AddIf(!CallSettingsOptions.VoiceTones.Contains(VoiceTone), "voiceTone", $"Voice tone must be one of: {Join(CallSettingsOptions.VoiceTones)}.")
        .AddIf(!CallSettingsOptions.ScriptLengths.Contains(ScriptLength), "scriptLength", $"Script length must be one of: {Join(CallSettingsOptions.ScriptLengths)}.")
        .AddIf(!CallSettingsOptions.PersonalisationLevels.Contains(PersonalisationLevel), "personalisationLevel", $"Personalisation level must be one of: {Join(CallSettingsOptions.PersonalisationLevels)}.");

    /// <summary>The calling policy these settings give in the tenant's zone and bank holiday region.</summary>
    public CallingPolicy ToPolicy(string timeZone, BankHolidayRegion region) => new()
    {
        WindowStart = WindowStart,
        WindowEnd = WindowEnd,
        TimeZoneId = timeZone,
        WeekendCallingAllowed = WeekendCalling,
        HolidayCallingAllowed = HolidayCalling,
        BankHolidayRegion = region,
        ObserveBankHolidays = BankHolidaysObserved,
        ClosedDates = ClosedDates,
        RetryCutoff = RetryCutoff,
    };

    private static string Join<T>(IEnumerable<T> options) => string.Join(", ", options);

    private static string Hours(IEnumerable<TimeSpan> options) =>
        string.Join(", ", options.Select(option => option.TotalHours.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
