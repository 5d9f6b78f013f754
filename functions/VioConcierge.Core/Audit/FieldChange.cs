namespace VioConcierge.Core.Audit;

/// <summary>A field's value before and after a change (null for "absent").</summary>
public sealed record FieldChange(object? Before, object? After);
