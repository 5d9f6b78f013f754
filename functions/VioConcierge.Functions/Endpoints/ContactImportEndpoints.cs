using Microsoft.AspNetCore.Mvc;
using VioConcierge.Application.Contacts.Import;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Contacts.Import;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Contacts.Import;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Endpoints;

/// <summary>CSV import of contacts: upload (with dry run, strict (the default, seed 000) or partial, duplicate policy), job progress, error report.</summary>
public static class ContactImportEndpoints
{
    /// <summary>The file limit plus room for the multipart framing; the file itself is checked against the exact limit.</summary>
    public const long MaxRequestBytes = ImportLimits.MaxFileBytes + 64 * 1024;

    public static IEndpointRouteBuilder MapContactImportEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/contacts/import").WithTags("Contacts");
        group.MapPost("", ImportContactsAsync).RequirePermission(Permission.CreateContacts)
            .WithMetadata(new RequestSizeLimitAttribute(MaxRequestBytes))
            .DocumentsMultipartFile("file")
            .Produces<ImportJobResponse>()
            .Produces<ImportJobResponse>(StatusCodes.Status202Accepted).AcceptedWithLocation()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapGet("/{jobId:guid}", GetImportAsync).RequirePermission(Permission.CreateContacts).Produces<ImportJobResponse>();
        group.MapGet("/{jobId:guid}/errors.csv", GetImportErrorsAsync).RequirePermission(Permission.CreateContacts)
            .Produces<string>(contentType: "text/csv");
        return app;
    }

    public static async Task<IResult> ImportContactsAsync(
        HttpRequest request, CurrentUser me, ContactImportService imports, CancellationToken ct,
        bool dryRun = false, string mode = ImportModes.Strict, string duplicates = DuplicatePolicies.Skip)
    {
        var (upload, problem) = await ImportUploadReader.ReadAsync(request, dryRun, mode, duplicates, ct);
        if (problem is not null)
        {
            return problem;
        }
        return (await imports.StartAsync(me, upload!, ct)).ToHttp(started => started.Queued
            ? TypedResults.Accepted($"/api/contacts/import/{started.Job.Id}", started.Job)
            : TypedResults.Ok(started.Job), "Import");
    }

    public static async Task<IResult> GetImportAsync(Guid jobId, CurrentUser me, ContactImportService imports, CancellationToken ct) =>
        (await imports.GetAsync(me, jobId, ct)).ToHttp(job => TypedResults.Ok(job), "Import");

    public static async Task<IResult> GetImportErrorsAsync(Guid jobId, CurrentUser me, ContactImportService imports, CancellationToken ct) =>
        (await imports.ErrorsCsvAsync(me, jobId, ct)).ToHttp(
            csv => TypedResults.File(System.Text.Encoding.UTF8.GetBytes(csv), "text/csv; charset=utf-8", $"import-{jobId}-errors.csv"), "Import");
}
