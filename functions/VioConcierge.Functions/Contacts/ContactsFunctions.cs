using VioConcierge.Application.Contacts;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Contacts;

/// <summary>The tenant console's contacts: list and search, statistics, and single-contact changes.</summary>
[ApiTag("Contacts")]
public sealed class ContactsFunctions(
    Caller caller, ContactService contacts, ContactListService list, ContactLifecycleService lifecycle, ContactBulkService bulk)
{
    [Function(nameof(ListContacts)), RequirePermission(Permission.ViewContacts), Query(typeof(ContactListRequest)), Query(typeof(PageQuery)),
     Returns(typeof(Page<ContactResponse>))]
    public async Task<IResult> ListContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts")] HttpRequest request, CancellationToken ct)
    {
        var page = request.Bind<PageQuery>();
        return (await list.ListAsync(caller.User, request.Bind<ContactListRequest>(), page.Limit, page.Cursor, ct))
            .ToHttp(found => TypedResults.Ok(found), "Contacts");
    }

    [Function(nameof(GetContactStats)), RequirePermission(Permission.ViewContacts), Returns(typeof(ContactStats))]
    public async Task<IResult> GetContactStats(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/stats")] HttpRequest request, CancellationToken ct) =>
        TypedResults.Ok(await list.StatsAsync(caller.User, ct));

    [Function(nameof(CreateContact)), RequirePermission(Permission.CreateContacts), JsonBody(typeof(ContactRequest)),
     Returns(typeof(ContactResponse), 201), RequiresBodyFields("name", "phone")]
    public async Task<IResult> CreateContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts")] HttpRequest request, CancellationToken ct) =>
        (await contacts.CreateAsync(caller.User, await request.ReadJsonAsync<ContactRequest>(ct), ct))
            .ToHttp(contact => TypedResults.Created($"/api/contacts/{contact.Id}", contact), "Contact");

    [Function(nameof(BulkContacts)), RequirePermission(Permission.ManageContacts), BodyLimit(2 * 1024 * 1024), JsonBody(typeof(BulkRequest)),
     Returns(typeof(BulkResponse))]
    public async Task<IResult> BulkContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/bulk")] HttpRequest request, CancellationToken ct) =>
        (await bulk.RunAsync(caller.User, await request.ReadJsonAsync<BulkRequest>(ct), ct)).ToHttp(result => TypedResults.Ok(result), "Contacts");

    [Function(nameof(GetContact)), RequirePermission(Permission.ViewContacts), Returns(typeof(ContactResponse)), ReturnsETag]
    public async Task<IResult> GetContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await contacts.GetAsync(caller.User, id, ct)).ToHttp(contact => WithETag(request, contact), "Contact");

    [Function(nameof(UpdateContact)), RequirePermission(Permission.EditOwnContacts), JsonBody(typeof(ContactRequest)),
     Returns(typeof(ContactResponse)), ReturnsETag]
    public async Task<IResult> UpdateContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/contacts/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ContactRequest>(ct);
        return await ExpectedVersion.CheckedAsync(request, body.Version, async expected =>
            (await contacts.UpdateAsync(caller.User, id, body, expected, ct)).ToHttp(contact => WithETag(request, contact), "Contact"));
    }

    [Function(nameof(DeleteContact)), RequirePermission(Permission.ManageContacts), Returns(204)]
    public async Task<IResult> DeleteContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/contacts/{id:guid}")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await lifecycle.DeleteAsync(caller.User, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Contact");

    [Function(nameof(RestoreContact)), RequirePermission(Permission.ManageContacts), Returns(204)]
    public async Task<IResult> RestoreContact(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{id:guid}/restore")] HttpRequest request, Guid id, CancellationToken ct)
    {
        var restored = await lifecycle.RestoreAsync(caller.User, id, ct);
        return restored.IsValid
            ? (await contacts.GetAsync(caller.User, id, ct)).ToHttp(contact => TypedResults.Ok(contact), "Contact")
            : restored.ToHttp(_ => TypedResults.NoContent(), "Deleted contact");
    }

    [Function(nameof(SetContactStatus)), RequirePermission(Permission.EditOwnContacts), JsonBody(typeof(ContactStatusRequest)),
     Returns(typeof(ContactResponse)), ReturnsETag]
    public async Task<IResult> SetContactStatus(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{id:guid}/status")] HttpRequest request, Guid id, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<ContactStatusRequest>(ct);
        return await ExpectedVersion.CheckedAsync(request, body.Version, async expected =>
            (await lifecycle.SetStatusAsync(caller.User, id, body.Status, body.Reason, expected, ct)).ToHttp(contact => WithETag(request, contact), "Contact"));
    }

    private static IResult WithETag(HttpRequest request, ContactResponse contact) => ExpectedVersion.Ok(request.HttpContext, contact, contact.Version);
}
