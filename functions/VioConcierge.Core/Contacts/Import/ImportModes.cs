namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// <c>partial</c> imports the valid rows and reports the others; <c>strict</c> imports nothing when any row fails.
/// </summary>
public static class ImportModes
{
    public const string Partial = "partial";
    public const string Strict = "strict";

    public static readonly IReadOnlyList<string> All = [Partial, Strict];
}
