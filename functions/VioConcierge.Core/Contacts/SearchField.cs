namespace VioConcierge.Core.Contacts;

/// <summary>
/// The contact fields a search looks in (seed 001, "Search &amp; Text Filtering"). Names and aliases accepted in
/// <c>field:value</c> terms are mapped by <see cref="SearchFieldNames"/>.
/// </summary>
public enum SearchField
{
    Name,
    Phone,
    Email,
    Notes,
    AppointmentType,
    OwnerName,
    CompanyName,
    SpecialInstructions,
}
