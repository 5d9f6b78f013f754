using System.ComponentModel.DataAnnotations;
using System.Reflection;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Tests.Architecture;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Infra;

/// <summary>
/// The settings the function app cannot start without, read from the app itself so that one it comes to need is found
/// without editing a list: the required values of every options section validated at start-up, the <c>%name%</c>
/// binding expressions of its functions and of host.json, the storage connections the host and its extensions use
/// (host.json), and the connection strings.
/// </summary>
public static partial class StartupSettings
{
    /// <summary>
    /// Properties marked <see cref="RequiredAttribute"/> without a default, of the app's options validated at start-up
    /// (the framework's own, such as JwtBearerOptions, are configured in code).
    /// </summary>
    public static IEnumerable<string> RequiredOptionValues()
    {
        var validated = FunctionApp.CreateBuilder(["--environment", "Testing"]).Services
            .Select(service => service.ServiceType)
            .Where(type => type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IValidateOptions<>))
            .Select(type => type.GetGenericArguments()[0])
            .Where(type => type.Assembly.GetName().Name!.StartsWith("VioConcierge.", StringComparison.Ordinal))
            .Distinct();
        foreach (var options in validated)
        {
            var section = options.GetField("SectionName")?.GetRawConstantValue() as string
                ?? throw new InvalidOperationException($"{options.Name} is validated at start-up but names no SectionName.");
            var defaults = Activator.CreateInstance(options);
            foreach (var property in options.GetProperties().Where(property => property.GetCustomAttribute<RequiredAttribute>() is not null))
            {
                if (property.GetValue(defaults) is null or "")
                {
                    yield return $"{section}:{property.Name}";
                }
            }
        }
    }

    /// <summary><c>%name%</c> in the attributes of the app's functions (queue names, schedules...), resolved from app settings.</summary>
    public static IEnumerable<string> BindingExpressions() => FunctionCatalog.All
        .SelectMany(function => function.Method.GetParameters().SelectMany(parameter => parameter.GetCustomAttributesData())
            .Concat(function.Method.GetCustomAttributesData()))
        .SelectMany(attribute => attribute.ConstructorArguments.Select(argument => argument.Value)
            .Concat(attribute.NamedArguments.Select(argument => argument.TypedValue.Value)))
        .OfType<string>()
        .SelectMany(Expressions)
        .Distinct();

    /// <summary><c>%name%</c> anywhere in host.json (the Durable hub name, for one).</summary>
    public static IEnumerable<string> HostJsonExpressions() => Expressions(File.ReadAllText(HostJsonPath)).Distinct();

    /// <summary>
    /// The storage connections the host uses: <c>AzureWebJobsStorage</c> (timer leases, queue triggers, the Durable
    /// task hub unless host.json names another) and any connection host.json names.
    /// </summary>
    public static IEnumerable<string> StorageConnections()
    {
        var storageProvider = JsonNode.Parse(File.ReadAllText(HostJsonPath))?["extensions"]?["durableTask"]?["storageProvider"];
        return new[] { "AzureWebJobsStorage", (string?)storageProvider?["connectionName"], (string?)storageProvider?["connectionStringName"] }
            .OfType<string>().Distinct();
    }

    /// <summary>The two PostgreSQL connections (application role, schema owner).</summary>
    public static IEnumerable<string> ConnectionStrings() =>
        [$"ConnectionStrings:{PostgresOptions.ConnectionStringName}", $"ConnectionStrings:{PostgresOptions.MigrationsConnectionStringName}"];

    private static string HostJsonPath => Path.Combine(SourceTree.Root, "functions", "VioConcierge.Functions", "host.json");

    private static IEnumerable<string> Expressions(string text) => BindingExpression().Matches(text).Select(match => match.Groups[1].Value);

    [GeneratedRegex("%([A-Za-z0-9_:.-]+)%")]
    private static partial Regex BindingExpression();
}
