namespace VioConcierge.Application.Contacts.Import;

/// <summary>What <c>POST /api/contacts/import</c> received: the file, the optional explicit mapping and the options.</summary>
public sealed record ImportUpload(
    string? FileName,
    byte[] Content,
    IReadOnlyDictionary<string, string?>? Mapping,
    bool DryRun,
    string Mode,
    string Duplicates);
