using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>What an application service did, for the endpoint to map onto HTTP (200/201, 400, 403, 404, 409).</summary>
public sealed record ServiceResult<T>(ServiceStatus Status, T? Value = default, FieldErrors? Errors = null, string? Detail = null)
{
    public static ServiceResult<T> Ok(T value) => new(ServiceStatus.Ok, value);

    public static ServiceResult<T> Invalid(FieldErrors errors) => new(ServiceStatus.Invalid, Errors: errors);

    public static ServiceResult<T> NotFound() => new(ServiceStatus.NotFound);

    public static ServiceResult<T> Conflict(string detail) => new(ServiceStatus.Conflict, Detail: detail);

    public static ServiceResult<T> Forbidden(string detail) => new(ServiceStatus.Forbidden, Detail: detail);

    public IResult ToHttp(Func<T, IResult> ok, string what) => Status switch
    {
        ServiceStatus.Ok => ok(Value!),
        ServiceStatus.Invalid => ApiProblems.Validation(Errors!),
        ServiceStatus.NotFound => ApiProblems.NotFound(what),
        ServiceStatus.Conflict => ApiProblems.Conflict(Detail!),
        _ => ApiProblems.Forbidden(Detail!),
    };
}
