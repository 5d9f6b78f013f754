using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Every operation lists the error answers the host's shared behaviour can give it, as <c>application/problem+json</c>:
/// 400 (bad values; every query value is checked), 401 and 403 (signed-in routes: no session, or a role or pending
/// two-factor enrolment that does not allow it), 404 (a route naming a resource), 409 (a change meeting a newer version
/// or a taken name), 413 and 415 (a body too large or of another type), 429 with Retry-After (rate-limited routes) and
/// 503 with Retry-After (the database briefly unreachable). What only a handler knows (422, 423, a 429 of its own) it
/// declares with <c>ProducesProblem</c>, which this leaves as declared.
/// </summary>
public sealed class OpenApiProblemResponses : IOpenApiOperationTransformer
{
    private const string ProblemJson = "application/problem+json";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        var metadata = description.ActionDescriptor.EndpointMetadata;
        var signedIn = metadata.OfType<AccessAttribute>().Any(access => access is not AnonymousAttribute);
        var write = description.HttpMethod is "POST" or "PUT" or "PATCH" or "DELETE";
        var namesResource = description.ParameterDescriptions.Any(p => p.Source == Microsoft.AspNetCore.Mvc.ModelBinding.BindingSource.Path);
        var problem = await SchemaAsync(context, typeof(ProblemDetails), cancellationToken);
        var validation = await SchemaAsync(context, typeof(HttpValidationProblemDetails), cancellationToken);
        operation.Responses ??= [];
        CamelCaseQueryNames(operation);
        RequireBodyFields(operation, metadata.OfType<RequiresBodyFieldsAttribute>().SelectMany(r => r.Fields).ToArray());

        Add(operation, 400, "The request is not valid; errors name each field.", validation);
        Add(operation, 401, "Not signed in, or the session has ended.", problem, when: signedIn);
        Add(operation, 403, "The role may not do this, or two-factor enrolment is pending.", problem, when: signedIn);
        Add(operation, 404, "Not found (or another tenant's).", problem, when: namesResource);
        Add(operation, 409, "Changed elsewhere meanwhile, or the name or number is taken.", problem, when: signedIn && write);
        Add(operation, 413, "The body is too large.", problem, when: write || operation.RequestBody is not null);
        Add(operation, 415, "The body is not of a type this operation takes.", problem, when: operation.RequestBody is not null);
        Add(operation, 429, "Too many requests; wait as Retry-After says.", problem, when: metadata.OfType<RateLimitedAttribute>().Any(), retryAfter: true);
        Add(operation, 503, "The service is briefly unavailable; retry as Retry-After says.", problem, retryAfter: true);
        DescribeSuccessHeaders(operation, etag: metadata.OfType<ReturnsETagAttribute>().Any(), acceptedLocation: metadata.OfType<AcceptedWithLocationAttribute>().Any());
        foreach (var (status, response) in operation.Responses.Where(pair => pair.Key.StartsWith('4') || pair.Key.StartsWith('5')))
        {
            if (response is OpenApiResponse declared && declared.Content is { } content && !content.ContainsKey(ProblemJson))
            {
                content.Clear();
                content[ProblemJson] = new OpenApiMediaType { Schema = status == "400" ? validation : problem };
            }
        }
    }

    private static void Add(OpenApiOperation operation, int status, string description, IOpenApiSchema schema, bool when = true, bool retryAfter = false)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (!when || operation.Responses!.ContainsKey(key))
        {
            return;
        }
        var response = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType> { [ProblemJson] = new() { Schema = schema } },
        };
        if (retryAfter)
        {
            response.Headers = new Dictionary<string, IOpenApiHeader>
            {
                ["Retry-After"] = new OpenApiHeader { Description = "Seconds to wait before retrying.", Schema = new OpenApiSchema { Type = JsonSchemaType.Integer } },
            };
        }
        operation.Responses![key] = response;
    }

    /// <summary>Query parameters bound from a record's properties keep their C# case; binding ignores case: name them camelCase.</summary>
    private static void CamelCaseQueryNames(OpenApiOperation operation)
    {
        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.In == ParameterLocation.Query && parameter.Name is { Length: > 0 } name && char.IsUpper(name[0]))
            {
                parameter.Name = char.ToLowerInvariant(name[0]) + name[1..];
            }
        }
    }

    /// <summary>The body schema, with the fields this operation alone requires: <c>allOf</c> the shared type and them.</summary>
    private static void RequireBodyFields(OpenApiOperation operation, string[] fields)
    {
        if (fields.Length == 0 || operation.RequestBody?.Content is not { } content)
        {
            return;
        }
        foreach (var media in content.Values.Where(m => m.Schema is not null))
        {
            media.Schema = new OpenApiSchema { AllOf = [media.Schema!, new OpenApiSchema { Required = fields.ToHashSet() }] };
        }
    }

    /// <summary>A 201 (and a 202 marked so) names what it made in Location; an operation marked so returns an ETag.</summary>
    private static void DescribeSuccessHeaders(OpenApiOperation operation, bool etag, bool acceptedLocation)
    {
        foreach (var (status, response) in operation.Responses!.Where(pair => pair.Key.StartsWith('2')))
        {
            if (response is not OpenApiResponse success)
            {
                continue;
            }
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            if (status == "201" || (status == "202" && acceptedLocation))
            {
                success.Headers["Location"] = new OpenApiHeader { Description = "Where the new resource (or the work started) can be read.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
            if (etag && status is "200" or "201")
            {
                success.Headers["ETag"] = new OpenApiHeader { Description = "The version, for If-Match on the next change.", Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            }
        }
    }

    /// <summary>The shared schema for <paramref name="type"/>, registered once as a component and referenced.</summary>
    private static async Task<IOpenApiSchema> SchemaAsync(OpenApiOperationTransformerContext context, Type type, CancellationToken ct)
    {
        var document = context.Document!;
        document.Components ??= new OpenApiComponents();
        document.Components.Schemas ??= new Dictionary<string, IOpenApiSchema>();
        if (!document.Components.Schemas.ContainsKey(type.Name))
        {
            document.Components.Schemas[type.Name] = await context.GetOrCreateSchemaAsync(type, null, ct);
        }
        return new OpenApiSchemaReference(type.Name, document);
    }
}
