namespace VioConcierge.Core.Contacts.Import;

/// <summary>One CSV column mapped to a contact field: its position in each record and its header text.</summary>
public sealed record ImportColumn(string Field, int Index, string Header);
