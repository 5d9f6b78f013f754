using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Documents a <c>multipart/form-data</c> body with one file part. Only documents it: <c>Accepts(...)</c> metadata
/// would make routing refuse other content types with 415 before authentication has run, so an anonymous caller
/// would get 415 instead of 401; the endpoint checks the content type itself, after authorization.
/// </summary>
public static class MultipartUpload
{
    public static TBuilder DocumentsMultipartFile<TBuilder>(this TBuilder builder, string partName)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddOpenApiOperationTransformer((operation, _, _) =>
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["multipart/form-data"] = new()
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.Object,
                            Required = new HashSet<string> { partName },
                            Properties = new Dictionary<string, IOpenApiSchema>
                            {
                                [partName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                            },
                        },
                    },
                },
            };
            return Task.CompletedTask;
        });
}
