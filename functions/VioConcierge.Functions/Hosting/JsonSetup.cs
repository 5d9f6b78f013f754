using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Http.Json;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Request JSON is strict: unknown fields, wrong types, malformed bodies and control characters in text are 400s
/// naming the field, raised as exceptions for <see cref="ProblemDetailsExceptionHandler"/> rather than silent empty
/// 400s. Every enum on the wire, in and out, is its snake_case name (<c>no_answer</c>), never a number.
/// </summary>
public static class JsonSetup
{
    public static IServiceCollection AddStrictJson(this IServiceCollection services)
    {
        services.Configure<JsonOptions>(options =>
        {
            options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
            options.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
            options.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false));
            options.SerializerOptions.Converters.Add(TextJsonConverter.SingleLine);
            options.SerializerOptions.RespectNullableAnnotations = true;
            options.SerializerOptions.TypeInfoResolver = (options.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver())
                .WithAddedModifier(AllowLineBreaksInMultiLineText)
                .WithAddedModifier(NullableOnlyWhenReading);
        });
        return services;
    }

    /// <summary>
    /// A request may not send null for a field that cannot be null (400 naming it, rather than a null deep inside a
    /// handler); what the API writes is never refused for it.
    /// </summary>
    private static void NullableOnlyWhenReading(JsonTypeInfo type)
    {
        foreach (var property in type.Properties.Where(p => !p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null))
        {
            property.IsGetNullable = true;
        }
    }

    private static void AllowLineBreaksInMultiLineText(JsonTypeInfo type)
    {
        foreach (var property in type.Properties)
        {
            if (property.PropertyType == typeof(string)
                && property.AttributeProvider?.IsDefined(typeof(MultiLineTextAttribute), inherit: true) == true)
            {
                property.CustomConverter = TextJsonConverter.MultiLine;
            }
        }
    }
}
