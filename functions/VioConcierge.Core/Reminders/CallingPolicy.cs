using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Reminders;

/// <summary>
/// When a tenant's reminder calls may be placed: a daily window in the tenant's IANA zone (start inclusive, end
/// exclusive, never across midnight), optionally not at weekends, not on bank holidays or custom closed dates, and
/// not closer to the appointment than the minimum lead. Window edges are local times converted with the zone for
/// each day, so 08:00-20:00 is 07:00-19:00 UTC in summer; a start or end skipped when the clocks go forward opens
/// or closes the window at the moment of the change, and one repeated when they go back is its first occurrence.
/// A window whose start is not before its end allows nothing.
/// </summary>
public sealed partial record CallingPolicy
{
    private readonly string _timeZoneId = TimeZones.Default;
    private readonly TimeZoneInfo _zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZones.Default);

    public TimeOnly WindowStart { get; init; } = new(8, 0);

    public TimeOnly WindowEnd { get; init; } = new(20, 0);

    /// <summary>The tenant's IANA zone id (validated at the edge; an unknown id throws here).</summary>
    public string TimeZoneId
    {
        get => _timeZoneId;
        init
        {
            _zone = TimeZoneInfo.FindSystemTimeZoneById(value);
            _timeZoneId = value;
        }
    }

    public bool WeekendCallingAllowed { get; init; }

    /// <summary>Calls on bank holidays and custom closed dates (seed 000: one switch for both).</summary>
    public bool HolidayCallingAllowed { get; init; }

    public BankHolidayRegion BankHolidayRegion { get; init; } = BankHolidayRegion.EnglandAndWales;

    /// <summary>Whether UK bank holidays count as holidays at all (seed 000 "UK Bank Holidays" switch).</summary>
    public bool ObserveBankHolidays { get; init; } = true;

    public IReadOnlyList<DateOnly> ClosedDates { get; init; } = [];

    /// <summary>Retries stop this long before the appointment; see <see cref="CallSettings.RetryCutoff"/>.</summary>
    public TimeSpan RetryCutoff { get; init; } = TimeSpan.FromHours(2);

    /// <summary>
    /// The latest moment for a reminder's first call. A call timing at least the retry cut-off: the retry cut-off. A
    /// shorter timing (a 1-hour reminder with a 2-hour cut-off) is planned at the timing itself and, when it must wait
    /// (booked late, calling hours, dialling limits), is made no later than halfway between its timing and the
    /// appointment (30 minutes before for a 1-hour reminder), rather than dropped the moment its timing passes.
    /// </summary>
    public DateTimeOffset FirstCallCutOff(DateTimeOffset appointment, int callBeforeHours) =>
        TimeSpan.FromHours(callBeforeHours) >= RetryCutoff ? appointment - RetryCutoff : appointment - TimeSpan.FromHours(callBeforeHours) / 2;

    /// <summary>The latest moment for a retry, or for any attempt after the first.</summary>
    public DateTimeOffset RetryCutOff(DateTimeOffset appointment) => appointment - RetryCutoff;

    public bool IsAllowed(DateTimeOffset instant) => Check(instant).IsAllowed;

    /// <summary>The first rule the moment breaks, in order: outside_window, weekend, holiday; allowed otherwise.</summary>
    public AllowedCheck Check(DateTimeOffset instant)
    {
        var day = LocalDate(instant);
        var (start, end) = Window(day);
        return instant < start || instant >= end ? AllowedCheck.Not(ReasonCodes.OutsideWindow) : CheckDay(day);
    }

    private AllowedCheck CheckDay(DateOnly day)
    {
        if (!WeekendCallingAllowed && BankHolidayRules.IsWeekend(day))
        {
            return AllowedCheck.Not(ReasonCodes.Weekend);
        }
        if (!HolidayCallingAllowed && IsHoliday(day))
        {
            return AllowedCheck.Not(ReasonCodes.Holiday);
        }
        return AllowedCheck.Allowed;
    }

    private bool IsHoliday(DateOnly day) =>
        ClosedDates.Contains(day) || (ObserveBankHolidays && UkBankHolidays.IsHolidayOrMovedFrom(BankHolidayRegion, day));

    private DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, _zone).DateTime);

    private (DateTimeOffset Start, DateTimeOffset End) Window(DateOnly day) => (ToInstant(day, WindowStart), ToInstant(day, WindowEnd));

    private DateTimeOffset ToInstant(DateOnly day, TimeOnly time)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        while (_zone.IsInvalidTime(local))
        {
            local = new DateTime(local.Ticks - (local.Ticks % TimeSpan.TicksPerMinute) + TimeSpan.TicksPerMinute, DateTimeKind.Unspecified);
        }
        var offset = _zone.IsAmbiguousTime(local) ? _zone.GetAmbiguousTimeOffsets(local).Max() : _zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
