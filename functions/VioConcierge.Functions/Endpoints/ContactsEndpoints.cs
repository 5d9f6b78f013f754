using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>The tenant console's contacts: list and search, statistics, and single-contact changes.</summary>
public static class ContactsEndpoints
{
    public static IEndpointRouteBuilder MapContactsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts").WithTags("Contacts");
        group.MapGet("", ListContactsAsync).RequirePermission(Permission.ViewContacts).Produces<Page<ContactResponse>>();
        group.MapGet("/stats", GetStatsAsync).RequirePermission(Permission.ViewContacts);
        group.MapPost("", CreateContactAsync).RequirePermission(Permission.CreateContacts).Produces<ContactResponse>(StatusCodes.Status201Created)
            .RequiresBodyFields("name", "phone");
        group.MapPost("/bulk", BulkAsync).RequirePermission(Permission.ManageContacts).Produces<BulkResponse>()
            .WithMetadata(new RequestSizeLimitAttribute(2 * 1024 * 1024));
        group.MapGet("/{id:guid}", GetContactAsync).RequirePermission(Permission.ViewContacts).Produces<ContactResponse>().ReturnsETag();
        group.MapPatch("/{id:guid}", UpdateContactAsync).RequirePermission(Permission.EditOwnContacts).Produces<ContactResponse>().ReturnsETag();
        group.MapDelete("/{id:guid}", DeleteContactAsync).RequirePermission(Permission.ManageContacts).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/{id:guid}/restore", RestoreContactAsync).RequirePermission(Permission.ManageContacts).Produces(StatusCodes.Status204NoContent);
        group.MapPost("/{id:guid}/status", SetStatusAsync).RequirePermission(Permission.EditOwnContacts).Produces<ContactResponse>().ReturnsETag();
        return app;
    }

    public static async Task<IResult> ListContactsAsync(
        [AsParameters] ContactListRequest request, CurrentUser me, ContactListService contacts, CancellationToken ct,
        int? limit = null, string? cursor = null) =>
        (await contacts.ListAsync(me, request, limit, cursor, ct)).ToHttp(page => TypedResults.Ok(page), "Contacts");

    public static async Task<Ok<ContactStats>> GetStatsAsync(CurrentUser me, ContactListService contacts, CancellationToken ct) =>
        TypedResults.Ok(await contacts.StatsAsync(me, ct));

    public static async Task<IResult> CreateContactAsync(ContactRequest request, CurrentUser me, ContactService contacts, CancellationToken ct) =>
        (await contacts.CreateAsync(me, request, ct)).ToHttp(contact => TypedResults.Created($"/api/contacts/{contact.Id}", contact), "Contact");

    public static async Task<IResult> BulkAsync(BulkRequest request, CurrentUser me, ContactBulkService bulk, CancellationToken ct) =>
        (await bulk.RunAsync(me, request, ct)).ToHttp(result => TypedResults.Ok(result), "Contacts");

    public static async Task<IResult> GetContactAsync(Guid id, CurrentUser me, ContactService contacts, HttpContext context, CancellationToken ct) =>
        (await contacts.GetAsync(me, id, ct)).ToHttp(contact => WithETag(context, contact), "Contact");

    public static async Task<IResult> UpdateContactAsync(
        Guid id, ContactRequest request, CurrentUser me, ContactService contacts, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = ExpectedVersion.Read(context, request.Version, errors);
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        return (await contacts.UpdateAsync(me, id, request, expected, ct)).ToHttp(contact => WithETag(context, contact), "Contact");
    }

    public static async Task<IResult> DeleteContactAsync(Guid id, CurrentUser me, ContactLifecycleService lifecycle, CancellationToken ct) =>
        (await lifecycle.DeleteAsync(me, id, ct)).ToHttp(_ => TypedResults.NoContent(), "Contact");

    public static async Task<IResult> RestoreContactAsync(Guid id, CurrentUser me, ContactLifecycleService lifecycle, ContactService contacts, CancellationToken ct)
    {
        var restored = await lifecycle.RestoreAsync(me, id, ct);
        return restored.IsValid
            ? (await contacts.GetAsync(me, id, ct)).ToHttp(contact => TypedResults.Ok(contact), "Contact")
            : restored.ToHttp(_ => TypedResults.NoContent(), "Deleted contact");
    }

    public static async Task<IResult> SetStatusAsync(
        Guid id, ContactStatusRequest request, CurrentUser me, ContactLifecycleService lifecycle, HttpContext context, CancellationToken ct)
    {
        var errors = new FieldErrors();
        var expected = ExpectedVersion.Read(context, request.Version, errors);
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        return (await lifecycle.SetStatusAsync(me, id, request.Status, request.Reason, expected, ct)).ToHttp(contact => WithETag(context, contact), "Contact");
    }

    private static IResult WithETag(HttpContext context, ContactResponse contact)
    {
        context.Response.Headers.ETag = ExpectedVersion.ETag(contact.Version);
        return TypedResults.Ok(contact);
    }
}
