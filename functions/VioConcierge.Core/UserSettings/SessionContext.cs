using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.UserSettings;

/// <summary>Where the user was: the page, the contact and group selected, and the contact list's filters (query names, text values).</summary>
public sealed record SessionContext
{
    public string? Page { get; init; }

    public Guid? SelectedContactId { get; init; }

    public Guid? SelectedGroupId { get; init; }

    public IReadOnlyDictionary<string, string> ContactFilters { get; init; } = new Dictionary<string, string>();

    public FieldErrors Validate(FieldErrors errors)
    {
        errors.AddIf(Page is not null && !SessionPages.All.Contains(Page), "currentContext.page", $"Must be one of: {string.Join(", ", SessionPages.All)}.")
            .KnownKeys(ContactFilters, SessionPages.ContactFilters, "currentContext.contactFilters");
        foreach (var (key, value) in ContactFilters.Where(filter => filter.Value is null || filter.Value.Length > SessionPages.MaxFilterValueLength).Take(10))
        {
            errors.Add($"currentContext.contactFilters.{key}", $"A text of at most {SessionPages.MaxFilterValueLength} characters.");
        }
        return errors;
    }
}
