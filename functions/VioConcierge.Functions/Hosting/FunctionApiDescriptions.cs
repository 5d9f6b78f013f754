using System.Reflection;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// The API description of every HTTP function (but <see cref="NotDocumentedAttribute"/> ones), one per method, which
/// the OpenAPI document is generated from, as it was from the minimal-API endpoints before: the route without its
/// constraints, path parameters typed by the function's parameters of the same name (or by their constraint), query
/// parameters from each <see cref="QueryAttribute"/> type's constructor (as <see cref="QueryBinder"/> binds them), the
/// <see cref="JsonBodyAttribute"/> body, and the <see cref="ReturnsAttribute"/> and <see cref="ProblemAttribute"/>
/// answers. The endpoint metadata holds the function's and its class's attributes, which the transformers read, its
/// tag, and its name as the operation id.
/// </summary>
public sealed class FunctionApiDescriptions(ParameterPolicyFactory policies) : IApiDescriptionProvider
{
    private const string Json = "application/json";
    private const string ProblemJson = "application/problem+json";

    private static readonly EmptyModelMetadataProvider Models = new();

    /// <summary>The types route constraints imply for a path parameter the function does not take as a parameter.</summary>
    private static readonly Dictionary<string, Type> ConstraintTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        ["guid"] = typeof(Guid),
        ["int"] = typeof(int),
        ["long"] = typeof(long),
        ["bool"] = typeof(bool),
        ["datetime"] = typeof(DateTime),
        ["decimal"] = typeof(decimal),
        ["double"] = typeof(double),
        ["float"] = typeof(float),
    };

    /// <summary>The order of a path's operations in the document (as OpenAPI lists a path item's fields).</summary>
    private static readonly string[] MethodOrder = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"];

    public int Order => -1000;

    public void OnProvidersExecuting(ApiDescriptionProviderContext context)
    {
        var documented = FunctionCatalog.Http
            .Where(function => !function.Method.IsDefined(typeof(NotDocumentedAttribute)))
            .Select(function => (function, pattern: RoutePatternFactory.Parse(function.Route!)))
            .SelectMany(pair => pair.function.HttpMethods.Select(method => (pair.function, pair.pattern, method)))
            .OrderBy(operation => PathOf(operation.pattern), StringComparer.Ordinal)
            .ThenBy(operation => Array.IndexOf(MethodOrder, operation.method));
        foreach (var (function, pattern, method) in documented)
        {
            context.Results.Add(Describe(function, pattern, method));
        }
    }

    public void OnProvidersExecuted(ApiDescriptionProviderContext context)
    {
    }

    private ApiDescription Describe(FunctionMethod function, RoutePattern pattern, string httpMethod)
    {
        var method = function.Method;
        var description = new ApiDescription
        {
            HttpMethod = httpMethod,
            RelativePath = PathOf(pattern),
            ActionDescriptor = new ActionDescriptor
            {
                DisplayName = function.Name,
                RouteValues = { ["controller"] = method.DeclaringType!.Name },
                EndpointMetadata = Metadata(function, httpMethod),
            },
        };
        foreach (var part in pattern.Parameters)
        {
            description.ParameterDescriptions.Add(PathParameter(part, method));
        }
        foreach (var parameter in method.GetCustomAttributes<QueryAttribute>().SelectMany(query => QueryBinder.ParametersOf(query.Type).GetParameters()))
        {
            description.ParameterDescriptions.Add(QueryParameter(parameter));
        }
        if (method.GetCustomAttribute<JsonBodyAttribute>() is { } body)
        {
            description.ParameterDescriptions.Add(new ApiParameterDescription
            {
                Name = "body",
                Source = BindingSource.Body,
                Type = body.Type,
                ModelMetadata = Models.GetMetadataForType(body.Type),
                IsRequired = true,
                ParameterDescriptor = new ParameterDescriptor { Name = "body", ParameterType = body.Type },
            });
            description.SupportedRequestFormats.Add(new ApiRequestFormat { MediaType = Json });
        }
        foreach (var response in Responses(method))
        {
            description.SupportedResponseTypes.Add(response);
        }
        return description;
    }

    /// <summary>
    /// The class's attributes, then the method's (so the method's win where one is read), its tag as
    /// <see cref="TagsAttribute"/>, and its name as the operation id (with the method when it answers several).
    /// </summary>
    private static List<object> Metadata(FunctionMethod function, string httpMethod)
    {
        var method = function.Method;
        var metadata = new List<object> { method, new HttpMethodMetadata([httpMethod]) };
        metadata.AddRange(method.DeclaringType!.GetCustomAttributes(inherit: true));
        metadata.AddRange(method.GetCustomAttributes(inherit: true));
        if (method.DeclaringType.GetCustomAttribute<ApiTagAttribute>() is { } tag)
        {
            metadata.Add(new TagsAttribute(tag.Name));
        }
        metadata.Add(new EndpointNameMetadata(function.HttpMethods.Count == 1
            ? function.Name
            : function.Name + char.ToUpperInvariant(httpMethod[0]) + httpMethod[1..].ToLowerInvariant()));
        return metadata;
    }

    private ApiParameterDescription PathParameter(RoutePatternParameterPart part, MethodInfo method)
    {
        var parameter = method.GetParameters().FirstOrDefault(p => string.Equals(p.Name, part.Name, StringComparison.OrdinalIgnoreCase));
        var type = parameter?.ParameterType
            ?? part.ParameterPolicies.Select(policy => policy.Content is { } name && ConstraintTypes.TryGetValue(name, out var implied) ? implied : null)
                .FirstOrDefault(implied => implied is not null)
            ?? typeof(string);
        return new ApiParameterDescription
        {
            Name = part.Name,
            Source = BindingSource.Path,
            Type = type,
            ModelMetadata = Models.GetMetadataForType(type),
            IsRequired = !part.IsOptional,
            DefaultValue = part.Default,
            ParameterDescriptor = Descriptor(part.Name, type, parameter),
            RouteInfo = new ApiParameterRouteInfo
            {
                Constraints = part.ParameterPolicies.Select(policy => policies.Create(part, policy)).OfType<IRouteConstraint>().ToList(),
                DefaultValue = part.Default,
                IsOptional = part.IsOptional,
            },
        };
    }

    /// <summary>Optional, as the binder takes it, when it has a default or may be null.</summary>
    private static ApiParameterDescription QueryParameter(ParameterInfo parameter)
    {
        var optional = parameter.HasDefaultValue || new NullabilityInfoContext().Create(parameter).ReadState != NullabilityState.NotNull;
        return new ApiParameterDescription
        {
            Name = parameter.Name!,
            Source = BindingSource.Query,
            Type = parameter.ParameterType,
            ModelMetadata = Models.GetMetadataForType(parameter.ParameterType),
            IsRequired = !optional,
            DefaultValue = parameter.HasDefaultValue ? parameter.DefaultValue : null,
            ParameterDescriptor = Descriptor(parameter.Name!, parameter.ParameterType, parameter),
        };
    }

    /// <summary>
    /// One answer per status: its type (none for <see cref="ReturnsAttribute(int)"/>, <see cref="ProblemDetails"/> for a
    /// problem) and every media type declared for it (JSON unless <see cref="ReturnsAttribute.ContentType"/> says).
    /// </summary>
    private static IEnumerable<ApiResponseType> Responses(MethodInfo method)
    {
        var declared = method.GetCustomAttributes<ReturnsAttribute>()
            .Select(returns => (returns.Status, Type: returns.Type ?? typeof(void), MediaType: returns.Type is null ? null : returns.ContentType ?? Json))
            .Concat(method.GetCustomAttributes<ProblemAttribute>().Select(problem => (problem.Status, Type: typeof(ProblemDetails), MediaType: (string?)ProblemJson)));
        foreach (var status in declared.GroupBy(answer => answer.Status))
        {
            var type = status.First().Type;
            var response = new ApiResponseType { StatusCode = status.Key, Type = type, ModelMetadata = Models.GetMetadataForType(type) };
            foreach (var mediaType in status.Select(answer => answer.MediaType).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase))
            {
                response.ApiResponseFormats.Add(new ApiResponseFormat { MediaType = mediaType });
            }
            yield return response;
        }
    }

    private static ParameterDescriptor Descriptor(string name, Type type, ParameterInfo? parameter) => parameter is null
        ? new ParameterDescriptor { Name = name, ParameterType = type }
        : new FunctionParameterDescriptor { Name = name, ParameterType = type, ParameterInfo = parameter };

    /// <summary>The route as the document names its path: <c>api/contacts/{id}</c> for <c>api/contacts/{id:guid}</c>.</summary>
    private static string PathOf(RoutePattern pattern) => string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
    {
        RoutePatternLiteralPart literal => literal.Content,
        RoutePatternParameterPart parameter => "{" + parameter.Name + "}",
        RoutePatternSeparatorPart separator => separator.Content,
        _ => string.Empty,
    }))));

    /// <summary>A parameter the document reads attributes and defaults from (descriptions, validation, default values).</summary>
    private sealed class FunctionParameterDescriptor : ParameterDescriptor, IParameterInfoParameterDescriptor
    {
        public required ParameterInfo ParameterInfo { get; init; }
    }
}
