using VioConcierge.Application.Contacts.Import;
using VioConcierge.Core.Contacts.Import;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Contacts.Import;

/// <summary>CSV import of contacts: upload (with dry run, strict (the default, seed 000) or partial, duplicate policy), job progress, error report.</summary>
[ApiTag("Contacts")]
public sealed class ContactImportFunctions(Caller caller, ContactImportService imports)
{
    /// <summary>The file limit plus room for the multipart framing; the file itself is checked against the exact limit.</summary>
    public const long MaxRequestBytes = ImportLimits.MaxFileBytes + 64 * 1024;

    // Takes a multipart/form-data body but accepts any content type at the trigger: ImportUploadReader checks the content
    // type (415) after access has run, so an anonymous caller still gets 401 first.
    [Function(nameof(ImportContacts)), RequirePermission(Permission.CreateContacts), BodyLimit(MaxRequestBytes), MultipartFile("file"),
     Query(typeof(ContactImportQuery)), Returns(typeof(ImportJobResponse)), Returns(typeof(ImportJobResponse), 202), AcceptedWithLocation,
     Problem(413), Problem(415)]
    public async Task<IResult> ImportContacts(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/import")] HttpRequest request, CancellationToken ct)
    {
        var query = request.Bind<ContactImportQuery>();
        var (upload, problem) = await ImportUploadReader.ReadAsync(request, query.DryRun, query.Mode, query.Duplicates, ct);
        if (problem is not null)
        {
            return problem;
        }
        return (await imports.StartAsync(caller.User, upload!, ct)).ToHttp(started => started.Queued
            ? TypedResults.Accepted($"/api/contacts/import/{started.Job.Id}", started.Job)
            : TypedResults.Ok(started.Job), "Import");
    }

    [Function(nameof(GetContactImport)), RequirePermission(Permission.CreateContacts), Returns(typeof(ImportJobResponse))]
    public async Task<IResult> GetContactImport(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/import/{jobId:guid}")] HttpRequest request, Guid jobId,
        CancellationToken ct) =>
        (await imports.GetAsync(caller.User, jobId, ct)).ToHttp(job => TypedResults.Ok(job), "Import");

    [Function(nameof(GetContactImportErrors)), RequirePermission(Permission.CreateContacts), Returns(typeof(string), ContentType = "text/csv")]
    public async Task<IResult> GetContactImportErrors(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/import/{jobId:guid}/errors.csv")] HttpRequest request, Guid jobId,
        CancellationToken ct) =>
        (await imports.ErrorsCsvAsync(caller.User, jobId, ct)).ToHttp(
            csv => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"import-{jobId}-errors.csv"), "Import");
}

/// <summary>The query parameters of an import upload: a dry run, the mode (strict or partial) and the duplicate policy.</summary>
public sealed record ContactImportQuery(bool DryRun = false, string Mode = ImportModes.Strict, string Duplicates = DuplicatePolicies.Skip);
