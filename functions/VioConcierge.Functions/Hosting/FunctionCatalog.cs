using System.Collections.Concurrent;
using System.Reflection;

namespace VioConcierge.Functions.Hosting;

/// <summary>One function of this app: its method and, for an HTTP function, its trigger and declared rules.</summary>
public sealed record FunctionMethod(string Name, MethodInfo Method)
{
    public HttpTriggerAttribute? Http { get; } = Method.GetParameters()
        .Select(parameter => parameter.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(trigger => trigger is not null);

    /// <summary>The trigger's binding type as the function metadata names it: <c>httpTrigger</c>, <c>queueTrigger</c>, ...</summary>
    public string Trigger { get; } = Method.GetParameters()
        .SelectMany(parameter => parameter.GetCustomAttributes<Microsoft.Azure.Functions.Worker.Extensions.Abstractions.TriggerBindingAttribute>())
        .Select(trigger => trigger.GetType().Name) is var names && names.FirstOrDefault() is { } name
        ? char.ToLowerInvariant(name[0]) + name[1..^"Attribute".Length]
        : "";

    public AccessAttribute? Access { get; } = Method.GetCustomAttribute<AccessAttribute>();

    public bool IsAnonymous => Access is AnonymousAttribute;

    public long? BodyLimit { get; } = Method.GetCustomAttribute<BodyLimitAttribute>()?.Bytes;

    public string? RateLimitPolicy { get; } = Method.GetCustomAttribute<RateLimitedAttribute>()?.Policy;

    /// <summary>The route as the host serves it (<c>api/contacts/{id:guid}</c>; the app's route prefix is empty).</summary>
    public string? Route => Http is null ? null : Http.Route ?? Name;

    public IReadOnlyList<string> HttpMethods => Http?.Methods?.Select(method => method.ToUpperInvariant()).ToArray() ?? [];
}

/// <summary>
/// The functions this app declares (<c>[Function]</c> methods), and the one behind an invocation, found from its
/// definition's entry point and cached. Middleware reads a function's rules here, the API document its routes.
/// </summary>
public sealed class FunctionCatalog
{
    private static readonly Lazy<IReadOnlyList<FunctionMethod>> Declared = new(() => typeof(FunctionCatalog).Assembly.GetTypes()
        .SelectMany(type => type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Select(method => (method, function: method.GetCustomAttribute<FunctionAttribute>()))
        .Where(pair => pair.function is not null)
        .Select(pair => new FunctionMethod(pair.function!.Name, pair.method))
        .OrderBy(function => function.Name, StringComparer.Ordinal)
        .ToList());

    private readonly ConcurrentDictionary<string, FunctionMethod> _byEntryPoint = new(StringComparer.Ordinal);

    public static IReadOnlyList<FunctionMethod> All => Declared.Value;

    public static IEnumerable<FunctionMethod> Http => All.Where(function => function.Http is not null);

    public FunctionMethod Find(FunctionDefinition definition) => _byEntryPoint.GetOrAdd(definition.EntryPoint, static (entryPoint, name) =>
        All.FirstOrDefault(function => $"{function.Method.DeclaringType!.FullName}.{function.Method.Name}" == entryPoint)
        ?? All.First(function => function.Name == name), definition.Name);
}
