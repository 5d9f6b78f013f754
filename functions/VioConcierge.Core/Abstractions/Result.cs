namespace VioConcierge.Core.Abstractions;

/// <summary>
/// The one outcome type for operations whose failures are expected: a value, or a <see cref="Failure"/> (invalid with
/// field errors, not found, conflict, forbidden, too many requests with a retry time, unprocessable with a reason).
/// No failure is an exception and none names a protocol status; the host maps them in one place.
/// </summary>
public readonly record struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }

    public Failure? Failure { get; }

    /// <summary>True when there is a value (no failure).</summary>
    public bool IsValid => Failure is null;

    public FailureKind? Kind => Failure?.Kind;

    public FieldErrors? Errors => Failure?.Errors;

    public string? Detail => Failure?.Detail;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Failure failure) => new(default, failure);

    public static Result<T> Invalid(FieldErrors errors, string? detail = null) => Fail(new Failure(FailureKind.Invalid, errors, detail));

    public static Result<T> NotFound() => Fail(new Failure(FailureKind.NotFound));

    public static Result<T> Conflict(string detail) => Fail(new Failure(FailureKind.Conflict, Detail: detail));

    public static Result<T> Forbidden(string detail) => Fail(new Failure(FailureKind.Forbidden, Detail: detail));

    public static Result<T> TooManyRequests(string reason, string detail, DateTimeOffset? retryAt) =>
        Fail(new Failure(FailureKind.TooManyRequests, Detail: detail, Reason: reason, RetryAt: retryAt));

    public static Result<T> Unprocessable(string reason, string detail) => Fail(new Failure(FailureKind.Unprocessable, Detail: detail, Reason: reason));

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(FieldErrors errors) => Invalid(errors);

    public static implicit operator Result<T>(Failure failure) => Fail(failure);
}
