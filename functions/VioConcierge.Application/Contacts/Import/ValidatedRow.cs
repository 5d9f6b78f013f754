using VioConcierge.Application.Contacts;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// One import row after the API's validation and PHI screening: the input as read, and either the draft to store
/// (with any PHI warnings) or the row's errors.
/// </summary>
public sealed record ValidatedRow(int Row, ContactInput Input, ContactDraft? Draft, IReadOnlyList<PhiWarning> Warnings, IReadOnlyList<ContactImportError> Errors)
{
    public bool IsValid => Errors.Count == 0;
}
