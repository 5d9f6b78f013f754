using VioConcierge.Application.Contacts;
using VioConcierge.Application.Contacts.Export;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>Contact export (CSV or JSON), streamed; client admins only (export data permission).</summary>
public static class ContactExportEndpoints
{
    public static IEndpointRouteBuilder MapContactExportEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/contacts/export").WithTags("Contacts")
            .MapGet("", ExportContactsAsync).RequirePermission(Permission.ExportData)
            .Produces<string>(contentType: "text/csv")
            .Produces<string>(contentType: "application/json")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    public static async Task<IResult> ExportContactsAsync(
        [AsParameters] ContactExportRequest request, [AsParameters] ContactListRequest filter,
        CurrentUser me, ContactExportService exports, HttpContext context, CancellationToken ct)
    {
        var prepared = await exports.PrepareAsync(me, request, filter, ct);
        if (!prepared.IsValid)
        {
            return prepared.ToHttp(_ => TypedResults.NoContent(), "Group");
        }
        var export = prepared.Value!;
        context.Response.Headers["X-Total-Count"] = export.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (export.Omitted.Count > 0)
        {
            context.Response.Headers["X-Omitted-Fields"] = string.Join(',', export.Omitted);
        }
        return TypedResults.Stream(body => exports.WriteAsync(export, body, ct), export.ContentType, export.FileName);
    }
}
