using VioConcierge.Application.Calls;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Identity;
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

    public static async Task<IResult> CallNowAsync(Guid id, CurrentUser me, CallNowService callNow, CancellationToken ct) =>
        (await callNow.StartAsync(me, id, ct)).ToHttp(session => TypedResults.Accepted($"/api/calls/{session}", new CallNowAccepted(session)), "Contact");

    public static async Task<IResult> GetTimelineAsync(Guid id, CurrentUser me, TimelineQueryService timelines, CancellationToken ct) =>
        (await timelines.TimelineAsync(me, id, ct)).ToHttp(timeline => TypedResults.Ok(timeline), "Contact");

    public static async Task<IResult> GetCallAsync(Guid id, CurrentUser me, CallQueryService calls, CancellationToken ct) =>
        (await calls.GetAsync(me, id, ct)).ToHttp(call => TypedResults.Ok(call), "Call");
}
