namespace VioConcierge.Application.Contacts;

/// <summary>One problem of an imported row: its 1-based data row number, the field, and what is wrong.</summary>
public sealed record ContactImportError(int Row, string Field, string Message);
