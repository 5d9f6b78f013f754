namespace VioConcierge.Application.Contacts;

public static class BulkActions
{
    public const string Status = "status";
    public const string AddToGroups = "addToGroups";
    public const string RemoveFromGroups = "removeFromGroups";
    public const string ReplaceGroups = "replaceGroups";
    public const string Delete = "delete";

    public static readonly IReadOnlyList<string> All = [Status, AddToGroups, RemoveFromGroups, ReplaceGroups, Delete];

    public const int MaxContacts = 10_000;
}
