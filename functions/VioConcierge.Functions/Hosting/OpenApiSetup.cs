using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// The OpenAPI document at <c>/openapi/v1.json</c>, describing every HTTP function (see <see cref="FunctionApiDescriptions"/>),
/// with bearer authentication.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentName = "v1";

    public static IServiceCollection AddAppOpenApi(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Transient<IApiDescriptionProvider, FunctionApiDescriptions>());
        return services.AddOpenApi(DocumentName, options => options
            .AddOperationTransformer<OpenApiMultipartFile>()
            .AddOperationTransformer<OpenApiProblemResponses>()
            .AddSchemaTransformer<OpenApiRequiredProperties>()
            .AddSchemaTransformer<OpenApiTextSchemas>()
            .AddDocumentTransformer((document, _, _) =>
            {
                document.Info.Title = "VioConcierge API";
                document.Info.Description = "Tenant console, platform administration and provider webhooks.";
                document.Components ??= new();
                document.Components.SecuritySchemes ??= new Dictionary<string, Microsoft.OpenApi.IOpenApiSecurityScheme>();
                document.Components.SecuritySchemes["Bearer"] = new Microsoft.OpenApi.OpenApiSecurityScheme
                {
                    Type = Microsoft.OpenApi.SecuritySchemeType.Http,
                    Scheme = "bearer",
                    BearerFormat = "JWT",
                    Description = "Access token from POST /api/auth/login.",
                };
                return Task.CompletedTask;
            }));
    }
}
