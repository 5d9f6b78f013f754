using VioConcierge.Application.Webhooks;
using VioConcierge.Application.Webhooks.Calendar;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Webhooks;

namespace VioConcierge.Functions.Endpoints;

/// <summary>
/// Cal.com's and Calendly's webhooks, one URL per integration: anonymous (signed instead), rate-limited per client IP
/// like Retell's, body at most <see cref="RetellWebhookEndpoints.MaxBodyBytes"/>. 200 when accepted (recorded,
/// duplicate, ping or ignored), 400 malformed, 401 bad signature, 404 unknown or disabled integration.
/// </summary>
public static class CalendarWebhookEndpoints
{
    public static IEndpointRouteBuilder MapCalendarWebhookEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/webhooks/calcom/{integrationId:guid}", ReceiveCalcomAsync).WithTags("Webhooks").AllowAnonymous()
            .RequireRateLimiting(WebhookSetup.RateLimitPolicy)
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RetellWebhookEndpoints.MaxBodyBytes));
        app.MapPost("/api/webhooks/calendly/{integrationId:guid}", ReceiveCalendlyAsync).WithTags("Webhooks").AllowAnonymous()
            .RequireRateLimiting(WebhookSetup.RateLimitPolicy)
            .Produces(StatusCodes.Status200OK).ProducesProblem(StatusCodes.Status401Unauthorized).ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(RetellWebhookEndpoints.MaxBodyBytes));
        return app;
    }

    public static Task<IResult> ReceiveCalcomAsync(Guid integrationId, HttpRequest request, CalendarWebhookIngest ingest, CancellationToken ct) =>
        ReceiveAsync(CalendarProvider.CalCom, integrationId, request, request.Headers[CalcomSignature.HeaderName].ToString(), ingest, ct);

    public static Task<IResult> ReceiveCalendlyAsync(Guid integrationId, HttpRequest request, CalendarWebhookIngest ingest, CancellationToken ct) =>
        ReceiveAsync(CalendarProvider.Calendly, integrationId, request, request.Headers[CalendlySignature.HeaderName].ToString(), ingest, ct);

    private static async Task<IResult> ReceiveAsync(
        CalendarProvider provider, Guid integrationId, HttpRequest request, string signature, CalendarWebhookIngest ingest, CancellationToken ct)
    {
        var body = await RetellWebhookEndpoints.ReadBodyAsync(request, ct);
        return await ingest.AcceptAsync(provider, integrationId, body, signature, ct) switch
        {
            WebhookVerdict.Accepted => TypedResults.Ok(),
            WebhookVerdict.Malformed => TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The webhook body is not a booking event."),
            WebhookVerdict.NotFound => ApiProblems.NotFound("Calendar integration"),
            _ => ApiProblems.Unauthorized("The webhook signature is missing, malformed, stale or wrong."),
        };
    }
}
