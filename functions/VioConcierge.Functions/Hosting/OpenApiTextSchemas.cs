using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Text is read through <see cref="TextJsonConverter"/>, which hides its type from the schema generator (it would
/// describe every string as "anything"): text stays <c>string</c>, nullable where the property is.
/// </summary>
public sealed class OpenApiTextSchemas : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        if (context.JsonTypeInfo.Type == typeof(string) && schema.Type is null && schema.Properties is not { Count: > 0 })
        {
            schema.Type = context.JsonPropertyInfo is { } property && !IsNonNullable(property)
                ? JsonSchemaType.String | JsonSchemaType.Null
                : JsonSchemaType.String;
        }
        return Task.CompletedTask;
    }

    private static bool IsNonNullable(System.Text.Json.Serialization.Metadata.JsonPropertyInfo property) =>
        property.AttributeProvider is System.Reflection.PropertyInfo info
        && new System.Reflection.NullabilityInfoContext().Create(info).ReadState == System.Reflection.NullabilityState.NotNull;
}
