namespace VioConcierge.Core.Abstractions;

/// <summary>Collects validation failures per field, in the shape ProblemDetails "errors" expects.</summary>
public sealed class FieldErrors
{
    private readonly Dictionary<string, List<string>> _errors = new(StringComparer.Ordinal);

    public bool IsEmpty => _errors.Count == 0;

    public FieldErrors Add(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            messages = [];
            _errors[field] = messages;
        }
        messages.Add(message);
        return this;
    }

    public FieldErrors AddIf(bool condition, string field, string message) => condition ? Add(field, message) : this;

    public IDictionary<string, string[]> ToDictionary() =>
        _errors.ToDictionary(pair => pair.Key, pair => pair.Value.ToArray(), StringComparer.Ordinal);

    public static FieldErrors Single(string field, string message) => new FieldErrors().Add(field, message);
}
