namespace VioConcierge.Core.Contacts.Import;

/// <summary>
/// What an import does with a row that matches a live contact of the tenant (same E.164 phone or same email):
/// <c>skip</c> it, <c>update</c> the contact with the row's non-empty cells, or <c>create</c> another contact anyway.
/// </summary>
public static class DuplicatePolicies
{
    public const string Skip = "skip";
    public const string Update = "update";
    public const string Create = "create";

    public static readonly IReadOnlyList<string> All = [Skip, Update, Create];
}
