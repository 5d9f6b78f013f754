using Microsoft.AspNetCore.Http.Features;
using Microsoft.Azure.Functions.Worker.Middleware;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting.Middleware;

/// <summary>
/// What every HTTP function's request must satisfy before the function reads it, checked after access (so an
/// anonymous caller of a protected function still gets 401 first): a body no larger than the function's
/// <see cref="BodyLimitAttribute"/> or the host default <c>Host:MaxRequestBodyBytes</c> (413; the server's own limit
/// is set to it for chunked bodies), and query parameters, route values and the path free of control characters
/// (400 naming them; JSON bodies get the same rule from <see cref="TextJsonConverter"/>).
/// </summary>
public sealed class RequestRulesMiddleware(FunctionCatalog catalog, IConfiguration configuration) : IFunctionsWorkerMiddleware
{
    public const long DefaultLimitBytes = 1024 * 1024;
    private readonly long _defaultLimit = configuration.GetValue("Host:MaxRequestBodyBytes", DefaultLimitBytes);

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        if (context.GetHttpContext() is not { } http)
        {
            await next(context);
            return;
        }
        var limit = catalog.Find(context.FunctionDefinition).BodyLimit ?? _defaultLimit;
        if (http.Request.ContentLength > limit)
        {
            context.GetInvocationResult().Value = TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "The request body is too large.", detail: $"The limit is {limit} bytes.");
            return;
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodySize)
        {
            bodySize.MaxRequestBodySize = limit;
        }
        if (ControlCharacterErrors(http.Request) is { IsEmpty: false } errors)
        {
            context.GetInvocationResult().Value = ApiProblems.Validation(errors);
            return;
        }
        await next(context);
    }

    private static FieldErrors ControlCharacterErrors(HttpRequest request)
    {
        var errors = new FieldErrors();
        foreach (var (name, values) in request.Query)
        {
            var badName = ControlCharacters.AnyIn(name);
            errors.AddIf(badName || values.Any(value => ControlCharacters.AnyIn(value)), badName ? "query" : name, ControlCharacters.Message);
        }
        foreach (var (name, value) in request.RouteValues)
        {
            errors.AddIf(value is string text && ControlCharacters.AnyIn(text), name, ControlCharacters.Message);
        }
        errors.AddIf(ControlCharacters.AnyIn(request.Path.Value), "path", ControlCharacters.Message);
        return errors;
    }
}
