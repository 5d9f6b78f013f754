using VioConcierge.Application.Webhooks;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Core.Calls.Retell;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Hosting.Middleware;

namespace VioConcierge.Functions.Webhooks;

/// <summary>Retell's webhook: anonymous, signed, rate-limited per client IP, body at most <see cref="MaxBodyBytes"/>.</summary>
[ApiTag("Webhooks")]
public sealed class RetellWebhookFunctions(RetellWebhookIngest ingest)
{
    /// <summary><c>call_analyzed</c> carries the whole transcript; an hour-long call stays well under this.</summary>
    public const int MaxBodyBytes = 4 * 1024 * 1024;

    [Function(nameof(ReceiveRetellWebhook)), Anonymous, RateLimited(RateLimitMiddleware.WebhooksPolicy), BodyLimit(MaxBodyBytes), Returns(204),
     Problem(401), Problem(413)]
    public async Task<IResult> ReceiveRetellWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/retell")] HttpRequest request, CancellationToken ct)
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
