using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker.Middleware;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Hosting.Middleware;

/// <summary>
/// The one exception handler, outermost of the worker middleware: request-shape errors (malformed JSON, wrong types, unknown fields, oversized bodies)
/// become 400/413/415 ProblemDetails naming the field; database conflicts become 409; a database that is briefly
/// unreachable (<see cref="StorageErrors"/>) is a 503 with Retry-After, logged as a warning; anything else
/// is a logged 500 that reveals nothing. A secret store that is away after its own retries (Key Vault throttling or
/// failing) is the same 503: never a fallback to another store.
/// </summary>
public sealed partial class ProblemMiddleware(ILogger<ProblemMiddleware> logger) : IFunctionsWorkerMiddleware
{
    public async Task Invoke(FunctionContext function, FunctionExecutionDelegate next)
    {
        try
        {
            await next(function);
        }
        catch (Exception exception) when (function.GetHttpContext() is { } context)
        {
            function.GetInvocationResult().Value = Answer(context, exception);
        }
    }

    private IResult Answer(HttpContext context, Exception exception)
    {
        var (status, title, errors) = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } =>
                (400, "The request body is not valid JSON for this operation.", FieldErrorsOf(json)),
            BadHttpRequestException bad => (bad.StatusCode, TitleFor(bad.StatusCode), FieldErrorsOf(bad)),
            _ => StorageErrors.Classify(exception) switch
            {
                StorageError.Duplicate => (409, "The resource already exists.", null),
                StorageError.ConcurrentChange => (409, "The resource was changed concurrently; retry.", null),
                StorageError.Unavailable => (503, "The service is briefly unavailable; retry shortly.", null),
                _ => (500, "An unexpected error occurred.", (Dictionary<string, string[]>?)null),
            },
        };
        if (status == 503)
        {
            context.Response.Headers.RetryAfter = RetryAfterSeconds;
            logger.LogWarning("Storage unavailable for {Method} {Path}: {Failure}", context.Request.Method, context.Request.Path, StorageErrors.Describe(exception));
        }
        else if (status >= 500)
        {
            logger.LogError(exception, "Unhandled exception for {Method} {Path}", context.Request.Method, context.Request.Path);
        }
        else
        {
            logger.LogInformation("Request rejected with {Status}: {Reason}", status, exception.GetType().Name);
        }
        return errors is null
            ? TypedResults.Problem(statusCode: status, title: title)
            : TypedResults.Problem(statusCode: status, title: title, extensions: new Dictionary<string, object?> { ["errors"] = errors });
    }

    /// <summary>How long a caller should wait after a 503: a database restart or failover, or a vault's throttling, takes seconds.</summary>
    private const string RetryAfterSeconds = "5";

    private static Dictionary<string, string[]> FieldErrorsOf(JsonException json)
    {
        var field = string.IsNullOrEmpty(json.Path) || json.Path == "$" ? "body" : json.Path.TrimStart('$', '.');
        if (json is ControlCharacterJsonException)
        {
            return new() { [field] = [ControlCharacters.Message] };
        }
        if (json.Message.Contains("could not be mapped", StringComparison.Ordinal))
        {
            return new() { [field] = ["Unknown field."] };
        }
        if (json.Message.Contains("null values", StringComparison.Ordinal) || json.Message.Contains("non-nullable", StringComparison.Ordinal))
        {
            return new() { [field] = ["A value is required (not null)."] };
        }
        if (json.Message.Contains("could not be converted", StringComparison.Ordinal))
        {
            return new() { [field] = ["Value has the wrong type."] };
        }
        return new() { ["body"] = [field == "body" ? "Malformed JSON." : $"Malformed JSON near '{field}'."] };
    }

    private static Dictionary<string, string[]>? FieldErrorsOf(BadHttpRequestException bad)
    {
        var binding = BindingFailure().Match(bad.Message);
        if (binding.Success)
        {
            return new Dictionary<string, string[]> { [binding.Groups["name"].Value] = ["Value is not valid."] };
        }
        return bad.Message.Contains("was not provided from body", StringComparison.Ordinal)
            ? new Dictionary<string, string[]> { ["body"] = ["A JSON body is required."] }
            : null;
    }

    [GeneratedRegex("""Failed to bind parameter "\S+ (?<name>\w+)" """)]
    private static partial Regex BindingFailure();

    private static string TitleFor(int status) => status switch
    {
        413 => "The request body is too large.",
        415 => "Unsupported content type; send application/json.",
        _ => "The request is not valid.",
    };
}
