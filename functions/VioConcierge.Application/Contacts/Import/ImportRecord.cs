namespace VioConcierge.Application.Contacts.Import;

/// <summary>One data record of an uploaded CSV: its 1-based data row number and its cells.</summary>
public sealed record ImportRecord(int Row, string[] Cells);
