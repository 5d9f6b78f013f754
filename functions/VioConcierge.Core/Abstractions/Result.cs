namespace VioConcierge.Core.Abstractions;

/// <summary>The outcome of an operation whose failures are expected: a value, or field errors.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, FieldErrors? errors)
    {
        Value = value;
        Errors = errors;
    }

    public T? Value { get; }

    public FieldErrors? Errors { get; }

    public bool IsValid => Errors is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Invalid(FieldErrors errors) => new(default, errors);

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(FieldErrors errors) => Invalid(errors);
}
