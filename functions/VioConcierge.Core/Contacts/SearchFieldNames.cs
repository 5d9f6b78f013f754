namespace VioConcierge.Core.Contacts;

/// <summary>
/// Maps the names typed before <c>:</c> in a search to <see cref="SearchField"/>, ignoring case: the seed's
/// snake_case names plus short aliases (<c>type</c>, <c>owner</c>/<c>provider</c>, <c>company</c>,
/// <c>instructions</c>).
/// </summary>
public static class SearchFieldNames
{
    /// <summary>Every searchable field, in the seed's order.</summary>
    public static readonly IReadOnlyList<SearchField> All = Array.AsReadOnly(Enum.GetValues<SearchField>());

    /// <summary>The accepted names, for error messages.</summary>
    public const string Allowed =
        "name, phone, email, notes, type (appointment_type), owner (owner_name, provider), company (company_name), "
        + "instructions (special_instructions)";

    private static readonly Dictionary<string, SearchField> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["name"] = SearchField.Name,
        ["phone"] = SearchField.Phone,
        ["email"] = SearchField.Email,
        ["notes"] = SearchField.Notes,
        ["type"] = SearchField.AppointmentType,
        ["appointment_type"] = SearchField.AppointmentType,
        ["owner"] = SearchField.OwnerName,
        ["owner_name"] = SearchField.OwnerName,
        ["provider"] = SearchField.OwnerName,
        ["company"] = SearchField.CompanyName,
        ["company_name"] = SearchField.CompanyName,
        ["instructions"] = SearchField.SpecialInstructions,
        ["special_instructions"] = SearchField.SpecialInstructions,
    };

    public static bool TryParse(string? name, out SearchField field) => ByName.TryGetValue(name ?? "", out field);

    /// <summary>The seed's snake_case name of the field (<c>appointment_type</c>, <c>owner_name</c>, ...).</summary>
    public static string Canonical(SearchField field) => field switch
    {
        SearchField.Name => "name",
        SearchField.Phone => "phone",
        SearchField.Email => "email",
        SearchField.Notes => "notes",
        SearchField.AppointmentType => "appointment_type",
        SearchField.OwnerName => "owner_name",
        SearchField.CompanyName => "company_name",
        SearchField.SpecialInstructions => "special_instructions",
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, "Not a search field."),
    };
}
