using VioConcierge.Application.Webhooks;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Webhooks;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Retell's webhook: anonymous, signed, rate-limited per client IP, body at most <see cref="MaxBodyBytes"/>.</summary>
public static class RetellWebhookEndpoints
{
    /// <summary><c>call_analyzed</c> carries the whole transcript; an hour-long call stays well under this.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    public static IEndpointRouteBuilder MapRetellWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webhooks/retell", ReceiveAsync).WithTags("Webhooks").AllowAnonymous()
            .RequireRateLimiting(WebhookSetup.RateLimitPolicy)
            .Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(MaxBodyBytes));
        return app;
    }

    public static async Task<IResult> ReceiveAsync(HttpRequest request, RetellWebhookIngest ingest, CancellationToken ct)
    {
        var body = await ReadBodyAsync(request, ct);
        return await ingest.AcceptAsync(body, request.Headers[RetellSignature.HeaderName].ToString(), ct) switch
        {
            WebhookVerdict.Accepted => TypedResults.NoContent(),
            WebhookVerdict.Malformed => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook body is not a Retell event."),
            _ => ApiProblems.Unauthorized("The webhook signature is missing, malformed, stale or wrong."),
        };
    }

    /// <summary>The raw bytes, exactly as sent (the signature is over them; nothing is re-serialised).</summary>
    public static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken ct)
    {
        using var buffer = new MemoryStream(request.ContentLength is { } length and <= MaxBodyBytes ? (int)length : 4096);
        await request.Body.CopyToAsync(buffer, ct);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
