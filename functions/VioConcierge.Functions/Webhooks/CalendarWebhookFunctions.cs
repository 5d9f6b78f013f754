using VioConcierge.Application.Webhooks;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Hosting.Middleware;

namespace VioConcierge.Functions.Webhooks;

/// <summary>
/// Cal.com's and Calendly's webhooks, one URL per integration: anonymous (signed instead), rate-limited per client IP
/// like Retell's, body at most <see cref="RetellWebhookFunctions.MaxBodyBytes"/>. 200 when accepted (recorded,
/// duplicate, ping or ignored), 400 malformed, 401 bad signature, 404 unknown or disabled integration.
/// </summary>
[ApiTag("Webhooks")]
public sealed class CalendarWebhookFunctions(CalendarWebhookIngest ingest)
{
    [Function(nameof(ReceiveCalcomWebhook)), Anonymous, RateLimited(RateLimitMiddleware.WebhooksPolicy), BodyLimit(RetellWebhookFunctions.MaxBodyBytes),
     Returns(200), Problem(401), Problem(413)]
    public Task<IResult> ReceiveCalcomWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/calcom/{integrationId:guid}")] HttpRequest request, Guid integrationId,
        CancellationToken ct) =>
        ReceiveAsync(CalendarProvider.CalCom, integrationId, request, request.Headers[CalcomSignature.HeaderName].ToString(), ct);

    [Function(nameof(ReceiveCalendlyWebhook)), Anonymous, RateLimited(RateLimitMiddleware.WebhooksPolicy), BodyLimit(RetellWebhookFunctions.MaxBodyBytes),
     Returns(200), Problem(401), Problem(413)]
    public Task<IResult> ReceiveCalendlyWebhook(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/calendly/{integrationId:guid}")] HttpRequest request, Guid integrationId,
        CancellationToken ct) =>
        ReceiveAsync(CalendarProvider.Calendly, integrationId, request, request.Headers[CalendlySignature.HeaderName].ToString(), ct);

    private async Task<IResult> ReceiveAsync(CalendarProvider provider, Guid integrationId, HttpRequest request, string signature, CancellationToken ct)
    {
        var body = await RetellWebhookFunctions.ReadBodyAsync(request, ct);
        return await ingest.AcceptAsync(provider, integrationId, body, signature, ct) switch
        {
            WebhookVerdict.Accepted => TypedResults.Ok(),
            WebhookVerdict.Malformed => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook body is not a booking event."),
            WebhookVerdict.NotFound => ApiProblems.NotFound("Calendar integration"),
            _ => ApiProblems.Unauthorized("The webhook signature is missing, malformed, stale or wrong."),
        };
    }
}
