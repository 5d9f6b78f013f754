using VioConcierge.Application.Calls;
using VioConcierge.Application.Reminders;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Calls;

/// <summary>Call Now, a call session's progress, and a contact's call timeline.</summary>
[ApiTag("Calls")]
public sealed class CallsFunctions(Caller caller, CallNowService callNow, TimelineQueryService timelines, CallQueryService calls)
{
    [Function(nameof(CallContactNow)), RequirePermission(Permission.TriggerManualCalls), Returns(typeof(CallNowAccepted), 202), AcceptedWithLocation,
     Problem(422), Problem(429)]
    public async Task<IResult> CallContactNow(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{id:guid}/call")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await callNow.StartAsync(caller.User, id, ct)).ToHttp(session => TypedResults.Accepted($"/api/calls/{session}", new CallNowAccepted(session)), "Contact");

    [Function(nameof(GetContactCallTimeline)), RequirePermission(Permission.ViewCallResults), Returns(typeof(TimelineResponse))]
    public async Task<IResult> GetContactCallTimeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/{id:guid}/calls")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await timelines.TimelineAsync(caller.User, id, ct)).ToHttp(timeline => TypedResults.Ok(timeline), "Contact");

    [Function(nameof(GetCallSession)), RequirePermission(Permission.ViewCallResults), Returns(typeof(CallSessionResponse))]
    public async Task<IResult> GetCallSession(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/calls/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await calls.GetAsync(caller.User, id, ct)).ToHttp(call => TypedResults.Ok(call), "Call");
}
