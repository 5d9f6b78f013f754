using VioConcierge.Application.Security;

namespace VioConcierge.Application.Contacts;

/// <summary>
/// The encrypted contact fields a search can still find, through their blind index: each field's slices are tagged with
/// its name, so a term searched in one field does not match the other.
/// </summary>
public static class PrivateSearch
{
    public const string NotesTag = "notes";
    public const string InstructionsTag = "special_instructions";

    /// <summary>The blind-index slices stored with a contact for its notes and special instructions.</summary>
    public static int[] For(IBlindIndex index, Guid tenantId, string? notes, string? instructions) =>
        index.ForFields(tenantId, (NotesTag, notes), (InstructionsTag, instructions));
}
