using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// "Required" in a schema means the API refuses a request without the property. Request records take every field as
/// nullable and validate in code, so a property is required only when it says so: <c>[Required]</c>, <c>[JsonRequired]</c>
/// or the <c>required</c> keyword. (The generator otherwise marks every constructor parameter required.)
/// </summary>
public sealed class OpenApiRequiredProperties : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Kind != JsonTypeInfoKind.Object || schema.Properties is not { Count: > 0 })
        {
            return Task.CompletedTask;
        }
        var required = context.JsonTypeInfo.Properties
            .Where(property => property.IsRequired || property.AttributeProvider?.IsDefined(typeof(RequiredAttribute), inherit: true) == true)
            .Select(property => property.Name)
            .ToHashSet();
        schema.Required = required.Count > 0 ? required : null;
        return Task.CompletedTask;
    }
}
