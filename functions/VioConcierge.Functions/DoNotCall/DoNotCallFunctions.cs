using VioConcierge.Application.DoNotCall;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.DoNotCall;

/// <summary>The do-not-call list and a contact's opt-out.</summary>
[ApiTag("Do not call")]
public sealed class DoNotCallFunctions(Caller caller, DoNotCallService dnc)
{
    [Function(nameof(ListDoNotCall)), RequirePermission(Permission.ViewContacts), Returns(typeof(DoNotCallEntry[]))]
    public async Task<IResult> ListDoNotCall(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/do-not-call")] HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await dnc.ListAsync(caller.User, ct));

    [Function(nameof(AddDoNotCall)), RequirePermission(Permission.ManageContacts), JsonBody(typeof(DoNotCallRequest)), Returns(typeof(DoNotCallEntry), 201)]
    public async Task<IResult> AddDoNotCall(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/do-not-call")] HttpRequest request, CancellationToken ct) =>
        (await dnc.AddAsync(caller.User, await request.ReadJsonAsync<DoNotCallRequest>(ct), ct))
            .ToHttp(entry => TypedResults.Created($"/api/do-not-call/{entry.Phone}", entry), "Number");

    [Function(nameof(RemoveDoNotCall)), RequirePermission(Permission.ManageContacts), Returns(204)]
    public async Task<IResult> RemoveDoNotCall(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/do-not-call/{phone}")] HttpRequest request, string phone, CancellationToken ct) =>
        (await dnc.RemoveAsync(caller.User, phone, ct)).ToHttp(_ => TypedResults.NoContent(), "Number");

    [Function(nameof(SetContactOptOut)), RequirePermission(Permission.EditOwnContacts), JsonBody(typeof(OptOutRequest)), Returns(typeof(OptOutResponse))]
    public async Task<IResult> SetContactOptOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{id:guid}/opt-out")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await request.ReadJsonAsync<OptOutRequest>(ct)).OptedOut is { } optedOut
            ? (await dnc.SetOptOutAsync(caller.User, id, optedOut, ct)).ToHttp(value => TypedResults.Ok(new OptOutResponse(value)), "Contact")
            : ApiProblems.Validation("optedOut", "Required.");
}
