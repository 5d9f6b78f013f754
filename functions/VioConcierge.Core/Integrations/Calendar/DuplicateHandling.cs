namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// What a booking does when it matches an existing contact (by booking identity, then phone or email); stored and
/// shown as <c>create_new</c>, <c>update_existing</c> (the default), <c>skip_duplicates</c>.
/// </summary>
public enum DuplicateHandling
{
    UpdateExisting,
    CreateNew,
    SkipDuplicates,
}
