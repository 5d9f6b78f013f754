using System.Text.Json;
using VioConcierge.Application.Contacts.Import;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Contacts.Import;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Contacts.Import;

/// <summary>
/// Reads the multipart body of an import: the <c>file</c> part (at most <see cref="ImportLimits.MaxFileBytes"/>,
/// else 413) and the optional <c>mapping</c> part, a JSON object of field name to CSV header.
/// </summary>
public static class ImportUploadReader
{
    public static async Task<(ImportUpload? Upload, IResult? Problem)> ReadAsync(
        HttpRequest request, bool dryRun, string mode, string duplicates, CancellationToken ct)
    {
        if (!request.HasFormContentType)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported content type; send multipart/form-data with a 'file' part."));
        }
        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(ct);
        }
        catch (Exception exception) when (exception is InvalidDataException or IOException)
        {
            // A malformed or truncated multipart body (a part never closed, the stream ending early).
            return (null, ApiProblems.Validation("file", "The multipart body could not be read."));
        }
        if (form.Files.GetFile("file") is not { } file)
        {
            return (null, ApiProblems.Validation("file", "Attach the CSV file as a part named 'file'."));
        }
        if (file.Length > ImportLimits.MaxFileBytes)
        {
            return (null, TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "The request body is too large.",
                detail: $"The file limit is {ImportLimits.MaxFileBytes} bytes."));
        }
        var mapping = Mapping(form["mapping"].ToString(), out var mappingError);
        if (mappingError is not null)
        {
            return (null, ApiProblems.Validation(mappingError));
        }
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream())
        {
            await stream.ReadExactlyAsync(content, ct);
        }
        return (new ImportUpload(Path.GetFileName(file.FileName), content, mapping, dryRun, mode, duplicates), null);
    }

    private static Dictionary<string, string?>? Mapping(string json, out FieldErrors? error)
    {
        error = null;
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }
        try
        {
            return JsonSerializer.Deserialize<Dictionary<string, string?>>(json)
                ?? throw new JsonException("The mapping is null.");
        }
        catch (JsonException)
        {
            error = FieldErrors.Single("mapping", "The mapping must be a JSON object of field name to CSV header, e.g. {\"name\":\"Full Name\",\"phone\":\"Mobile\"}.");
            return null;
        }
    }
}
