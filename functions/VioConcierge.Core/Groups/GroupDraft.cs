using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Groups;

/// <summary>A validated group: name (1..50, unique per tenant), description (<= 255), a palette colour.</summary>
public sealed record GroupDraft(string Name, string? Description, string Colour)
{
    public const int NameMaxLength = 50;
    public const int DescriptionMaxLength = 255;

    public static Result<GroupDraft> Create(string? name, string? description, string? colour)
    {
        var errors = new FieldErrors();
        var trimmed = name?.Trim() ?? "";
        errors.AddIf(trimmed.Length is 0 or > NameMaxLength, "name", $"Name is required, at most {NameMaxLength} characters.");
        var text = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        errors.AddIf(text?.Length > DescriptionMaxLength, "description", $"Description must be at most {DescriptionMaxLength} characters.");
        var palette = GroupColours.Normalise(colour);
        errors.AddIf(palette is null, "colour", $"Colour must be one of: {string.Join(", ", GroupColours.Palette)}.");
        return errors.IsEmpty ? new GroupDraft(trimmed, text, palette!) : errors;
    }
}
