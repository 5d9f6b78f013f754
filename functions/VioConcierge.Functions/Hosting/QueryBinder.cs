using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Primitives;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Query parameters into typed values, by name regardless of case: one value (<c>?limit=20</c>) or, for an array, every
/// value given (<c>?status=pending&amp;status=failed</c>). A value that does not parse is a 400 naming the parameter
/// (raised as a <see cref="BadHttpRequestException"/> for <see cref="Middleware.ProblemMiddleware"/>). A record's
/// constructor parameters are its query parameters (<see cref="Bind{T}"/>); the API document lists them from the same
/// constructor (<see cref="QueryAttribute"/>).
/// </summary>
public static class QueryBinder
{
    private static readonly ConcurrentDictionary<Type, ConstructorInfo> Constructors = new();

    /// <summary>One query parameter, or <paramref name="fallback"/> when it is absent.</summary>
    public static T? Value<T>(this HttpRequest request, string name, T? fallback = default) =>
        request.Query.TryGetValue(name, out var values) && values.Count > 0 ? (T?)Convert(typeof(T), name, values) : fallback;

    /// <summary>Every constructor parameter of <typeparamref name="T"/> from the query parameter of its name; absent ones take their defaults.</summary>
    public static T Bind<T>(this HttpRequest request) where T : class
    {
        var constructor = Constructors.GetOrAdd(typeof(T), ParametersOf);
        var arguments = constructor.GetParameters().Select(parameter =>
            request.Query.TryGetValue(parameter.Name!, out var values) && values.Count > 0
                ? Convert(parameter.ParameterType, parameter.Name!, values)
                : parameter.HasDefaultValue ? parameter.DefaultValue : null).ToArray();
        return (T)constructor.Invoke(arguments);
    }

    /// <summary>The constructor whose parameters are the query parameters of <paramref name="type"/>.</summary>
    public static ConstructorInfo ParametersOf(Type type) =>
        type.GetConstructors().OrderByDescending(constructor => constructor.GetParameters().Length).First();

    private static object? Convert(Type type, string name, StringValues values)
    {
        if (type.IsArray)
        {
            var element = type.GetElementType()!;
            var array = Array.CreateInstance(element, values.Count);
            for (var i = 0; i < values.Count; i++)
            {
                array.SetValue(Parse(element, name, values[i]!), i);
            }
            return array;
        }
        return Parse(type, name, values[^1]!);
    }

    private static object? Parse(Type type, string name, string text)
    {
        var target = Nullable.GetUnderlyingType(type) ?? type;
        object? value = target switch
        {
            _ when target == typeof(string) => text,
            _ when target == typeof(int) => int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            _ when target == typeof(long) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var number) ? number : null,
            _ when target == typeof(bool) => bool.TryParse(text, out var flag) ? flag : null,
            _ when target == typeof(Guid) => Guid.TryParse(text, out var id) ? id : null,
            _ when target == typeof(DateTimeOffset) => DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var when) ? when : null,
            _ when target == typeof(DateOnly) => DateOnly.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null,
            _ when target.IsEnum => Enum.TryParse(target, text, ignoreCase: true, out var member) && Enum.IsDefined(target, member!) ? member : null,
            _ => throw new InvalidOperationException($"Query parameter {name} has a type ({target.Name}) the binder does not read."),
        };
        return value ?? throw new BadHttpRequestException($"Failed to bind parameter \"{target.Name} {System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(name)}\" from \"{text}\".", StatusCodes.Status400BadRequest);
    }
}
