using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>The OpenAPI document of every HTTP function, at <c>/openapi/v1.json</c> (see <see cref="OpenApiSetup"/>).</summary>
public sealed class ApiDocumentFunction([FromKeyedServices(OpenApiSetup.DocumentName)] IOpenApiDocumentProvider documents)
{
    [Function(nameof(ApiDocument)), Anonymous, NotDocumented]
    public async Task<IResult> ApiDocument(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "openapi/v1.json")] HttpRequest request, CancellationToken ct)
    {
        var document = await documents.GetOpenApiDocumentAsync(ct);
        await using var text = new StringWriter(System.Globalization.CultureInfo.InvariantCulture);
        document.SerializeAsV31(new OpenApiJsonWriter(text));
        return TypedResults.Text(text.ToString(), "application/json; charset=utf-8");
    }
}
