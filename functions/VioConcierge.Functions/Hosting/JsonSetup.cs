using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Request JSON is strict: unknown fields, wrong types and malformed bodies are 400s naming the field, raised as
/// exceptions for <see cref="ProblemDetailsExceptionHandler"/> rather than silent empty 400s.
/// </summary>
public static class JsonSetup
{
    public static IServiceCollection AddStrictJson(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }
}
