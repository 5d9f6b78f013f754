using System.Globalization;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Calls;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Call Now, a call session's progress, and a contact's call timeline.</summary>
public static class CallsEndpoints
{
    public static IEndpointRouteBuilder MapCallsEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/contacts/{id:guid}/call", CallNowAsync).WithTags("Calls").RequirePermission(Permission.TriggerManualCalls)
            .Produces<CallNowAccepted>(StatusCodes.Status202Accepted).AcceptedWithLocation()
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity).ProducesProblem(StatusCodes.Status429TooManyRequests);
        app.MapGet("/api/contacts/{id:guid}/calls", GetTimelineAsync).WithTags("Calls").RequirePermission(Permission.ViewCallResults).Produces<TimelineResponse>();
        app.MapGet("/api/calls/{id:guid}", GetCallAsync).WithTags("Calls").RequirePermission(Permission.ViewCallResults).Produces<CallSessionResponse>();
        return app;
    }

    public static async Task<IResult> CallNowAsync(Guid id, CurrentUser me, CallNowService callNow, HttpContext context, TimeProvider time, CancellationToken ct)
    {
        var result = await callNow.StartAsync(me, id, ct);
        if (result.CallSessionId is { } sessionId)
        {
            return TypedResults.Accepted($"/api/calls/{sessionId}", new CallNowAccepted(sessionId));
        }
        if (result.Status == StatusCodes.Status404NotFound)
        {
            return ApiProblems.NotFound("Contact");
        }
        if (result.RetryAt is { } retryAt)
        {
            var seconds = Math.Max(1, (int)Math.Ceiling((retryAt - time.GetUtcNow()).TotalSeconds));
            context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        }
        return TypedResults.Problem(statusCode: result.Status, title: "The call cannot be placed.", detail: result.Detail,
            extensions: new Dictionary<string, object?> { ["check"] = result.FailedCheck });
    }

    public static async Task<IResult> GetTimelineAsync(Guid id, CurrentUser me, CallQueryService calls, CancellationToken ct) =>
        (await calls.TimelineAsync(me, id, ct)).ToHttp(timeline => TypedResults.Ok(timeline), "Contact");

    public static async Task<IResult> GetCallAsync(Guid id, CurrentUser me, CallQueryService calls, CancellationToken ct) =>
        (await calls.GetAsync(me, id, ct)).ToHttp(call => TypedResults.Ok(call), "Call");
}
