using System.Globalization;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Contacts.Export;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Contacts.Export;

/// <summary>Contact export (CSV or JSON), streamed; client admins only (export data permission).</summary>
[ApiTag("Contacts")]
public sealed class ContactExportFunctions(Caller caller, ContactExportService exports)
{
    [Function(nameof(ExportContacts)), RequirePermission(Permission.ExportData), Query(typeof(ContactExportRequest)), Query(typeof(ContactListRequest)),
     Returns(typeof(string), ContentType = "text/csv"), Returns(typeof(string), ContentType = "application/json"), Problem(404)]
    public async Task<IResult> ExportContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/export")] HttpRequest request, CancellationToken ct)
    {
        var options = request.Bind<ContactExportRequest>();
        var filter = request.Bind<ContactListRequest>();
        var prepared = await exports.PrepareAsync(caller.User, options, filter, ct);
        if (!prepared.IsValid)
        {
            return prepared.ToHttp(_ => TypedResults.NoContent(), "Group");
        }
        var export = prepared.Value!;
        var headers = request.HttpContext.Response.Headers;
        headers["X-Total-Count"] = export.Count.ToString(CultureInfo.InvariantCulture);
        if (export.Omitted.Count > 0)
        {
            headers["X-Omitted-Fields"] = string.Join(',', export.Omitted);
        }
        return TypedResults.Stream(body => exports.WriteAsync(export, body, ct), export.ContentType, export.FileName);
    }
}
