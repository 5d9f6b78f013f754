using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// A function marked <see cref="MultipartFileAttribute"/> takes a <c>multipart/form-data</c> body with one required
/// file part of that name (the function reads and checks the upload itself).
/// </summary>
public sealed class OpenApiMultipartFile : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<MultipartFileAttribute>().LastOrDefault() is not { } file)
        {
            return Task.CompletedTask;
        }
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
                        Required = new HashSet<string> { file.PartName },
                        Properties = new Dictionary<string, IOpenApiSchema>
                        {
                            [file.PartName] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" },
                        },
                    },
                },
            },
        };
        return Task.CompletedTask;
    }
}
