using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Reads a function's JSON body with the app's strict options (<see cref="JsonSetup"/>): a missing or <c>null</c> body
/// is a 400 saying one is required, a body of another type a 415, malformed JSON, unknown fields and wrong types are
/// 400s naming the field. Each is raised as a <see cref="BadHttpRequestException"/> for <see cref="Middleware.ProblemMiddleware"/>.
/// </summary>
public static class RequestBody
{
    public static async Task<T> ReadJsonAsync<T>(this HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength == 0 || (request.ContentLength is null && request.Headers.TransferEncoding.Count == 0))
        {
            throw Missing<T>();
        }
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException($"Expected a supported JSON media type but got \"{request.ContentType}\".", StatusCodes.Status415UnsupportedMediaType);
        }
        var options = request.HttpContext.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        T? value;
        try
        {
            value = await request.ReadFromJsonAsync<T>(options, ct);
        }
        catch (JsonException json)
        {
            throw new BadHttpRequestException("The request body is not valid JSON for this operation.", StatusCodes.Status400BadRequest, json);
        }
        return value ?? throw Missing<T>();
    }

    private static BadHttpRequestException Missing<T>() =>
        new($"Implicit body inferred for parameter \"{typeof(T).Name} request\" but no body was provided. The body was not provided from body.",
            StatusCodes.Status400BadRequest);
}
