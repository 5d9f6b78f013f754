using System.Buffers;

namespace VioConcierge.Application.Csv;

/// <summary>
/// Spreadsheet formula injection (OWASP "CSV injection"): a cell starting with <c>=</c>, <c>+</c>, <c>-</c>,
/// <c>@</c>, a tab or a carriage return may run as a formula when the file is opened in Excel or LibreOffice.
/// Exports prefix such cells with an apostrophe, which spreadsheets read as "this is text"; imports remove exactly
/// that prefix again, so an exported file imports back unchanged. Applies to every cell, E.164 phone numbers
/// (<c>+44...</c>) included.
/// </summary>
public static class CsvFormula
{
    private static readonly SearchValues<char> Triggers = SearchValues.Create("=+-@\t\r");

    public static string Neutralise(string value) => value.Length > 0 && Triggers.Contains(value[0]) ? "'" + value : value;

    public static string Restore(string value) =>
        value.Length > 1 && value[0] == '\'' && Triggers.Contains(value[1]) ? value[1..] : value;
}
