namespace VioConcierge.Core.Reminders;

/// <summary>
/// One-off changes proclaimed for the whole UK, which no rule predicts. A change either moves a regular holiday
/// (<see cref="Replaces"/> set) or adds an extra one. Add new proclamations here when they are announced.
/// </summary>
internal static class BankHolidayChanges
{
    internal sealed record Change(DateOnly Date, DateOnly? Replaces, string Name);

    public static readonly IReadOnlyList<Change> All =
    [
        new(new(2011, 4, 29), null, "Royal wedding"),
        new(new(2012, 6, 4), new(2012, 5, 28), "Spring bank holiday moved for the Diamond Jubilee"),
        new(new(2012, 6, 5), null, "Queen's Diamond Jubilee"),
        new(new(2020, 5, 8), new(2020, 5, 4), "Early May bank holiday moved for VE Day"),
        new(new(2022, 6, 2), new(2022, 5, 30), "Spring bank holiday moved for the Platinum Jubilee"),
        new(new(2022, 6, 3), null, "Queen's Platinum Jubilee"),
        new(new(2022, 9, 19), null, "State funeral of Queen Elizabeth II"),
        new(new(2023, 5, 8), null, "Coronation of King Charles III"),
    ];

    public static IEnumerable<Change> In(int year) => All.Where(change => change.Date.Year == year);
}
