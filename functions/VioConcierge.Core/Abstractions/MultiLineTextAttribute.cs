namespace VioConcierge.Core.Abstractions;

/// <summary>Marks a text field that may hold tabs and line breaks (notes, descriptions); other text may not.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MultiLineTextAttribute : Attribute;
