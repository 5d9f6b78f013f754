using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Metadata;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Refuses bodies above the endpoint's limit (its <see cref="IRequestSizeLimitMetadata"/>, else the host default)
/// with a 413 ProblemDetails before anything reads them; also sets the server's own limit for chunked bodies.
/// </summary>
public sealed class RequestSizeLimitMiddleware(RequestDelegate next, IConfiguration configuration)
{
    public const long DefaultLimitBytes = 1024 * 1024;
    private readonly long _defaultLimit = configuration.GetValue("Host:MaxRequestBodyBytes", DefaultLimitBytes);

    public async Task InvokeAsync(HttpContext context, IProblemDetailsService problems)
    {
        var limit = context.GetEndpoint()?.Metadata.GetMetadata<IRequestSizeLimitMetadata>()?.MaxRequestBodySize ?? _defaultLimit;
        if (context.Request.ContentLength > limit)
        {
            context.Response.StatusCode = StatusCodes.Status413PayloadTooLarge;
            await problems.WriteAsync(new ProblemDetailsContext
            {
                HttpContext = context,
                ProblemDetails = { Status = 413, Title = "The request body is too large.", Detail = $"The limit is {limit} bytes." },
            });
            return;
        }
        var feature = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (feature is { IsReadOnly: false })
        {
            feature.MaxRequestBodySize = limit;
        }
        await next(context);
    }
}
