using System.Globalization;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// The one place an operation's <see cref="Result{T}"/> becomes HTTP: the value through <c>ok</c>, each failure kind
/// as its ProblemDetails (400 with field errors, 404, 409, 403, 429 with Retry-After, 422), the reason code as the
/// problem's <c>check</c>.
/// </summary>
public static class ResultHttp
{
    public static IResult ToHttp<T>(this Result<T> result, Func<T, IResult> ok, string what) =>
        result.Failure is { } failure ? ToHttp(failure, what) : ok(result.Value!);

    public static IResult ToHttp(Failure failure, string what) => failure.Kind switch
    {
        FailureKind.Invalid => ApiProblems.Validation(failure.Errors ?? new FieldErrors()),
        FailureKind.NotFound => ApiProblems.NotFound(what),
        FailureKind.Conflict => ApiProblems.Conflict(failure.Detail ?? "Conflict."),
        FailureKind.Forbidden => ApiProblems.Forbidden(failure.Detail ?? "Forbidden."),
        FailureKind.TooManyRequests => new RetryAfter(Refused(StatusCodes.Status429TooManyRequests, failure), failure.RetryAt),
        _ => Refused(StatusCodes.Status422UnprocessableEntity, failure),
    };

    private static IResult Refused(int status, Failure failure) =>
        TypedResults.Problem(statusCode: status, title: status == 429 ? "Too many requests." : "The request cannot be carried out now.",
            detail: failure.Detail, extensions: new Dictionary<string, object?> { ["check"] = failure.Reason });

    /// <summary>Adds <c>Retry-After</c> (whole seconds from now, at least 1) to the answer it wraps.</summary>
    private sealed class RetryAfter(IResult inner, DateTimeOffset? at) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var now = httpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
            var seconds = at is { } when ? Math.Max(1, (int)Math.Ceiling((when - now).TotalSeconds)) : 60;
            httpContext.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
            return inner.ExecuteAsync(httpContext);
        }
    }
}
