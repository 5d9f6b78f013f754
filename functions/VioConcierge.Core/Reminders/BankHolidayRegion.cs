namespace VioConcierge.Core.Reminders;

/// <summary>The three UK bank holiday calendars (gov.uk publishes one list per region).</summary>
public enum BankHolidayRegion
{
    EnglandAndWales,
    Scotland,
    NorthernIreland,
}
