using System.Reflection;
using System.Text.RegularExpressions;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Tests.Architecture;

/// <summary>
/// How the function app declares its functions: every HTTP function says who may call it (exactly one access rule,
/// anonymous ones explicitly), is anonymous to the Functions host's key check (the app's own middleware does access),
/// and nothing is served any other way (no minimal-API mapping left in the app).
/// </summary>
public sealed partial class FunctionDeclarationTests
{
    [Fact]
    public void EveryHttpFunction_DeclaresExactlyOneAccessRule()
    {
        // Act
        var wrong = FunctionCatalog.Http
            .Where(function => function.Method.GetCustomAttributes<AccessAttribute>().Count() != 1)
            .Select(function => function.Name).ToList();

        // Assert
        Assert.True(FunctionCatalog.Http.Count() > 60, "the catalog finds the app's HTTP functions");
        Assert.Empty(wrong);
    }

    [Fact]
    public void EveryHttpFunction_IsAnonymousToTheHostKeyCheck_AndNamesItsRoute()
    {
        // Act
        var wrong = FunctionCatalog.Http
            .Where(function => function.Http!.AuthLevel != Microsoft.Azure.Functions.Worker.AuthorizationLevel.Anonymous
                || string.IsNullOrEmpty(function.Http.Route) || function.HttpMethods.Count == 0)
            .Select(function => function.Name).ToList();

        // Assert
        Assert.Empty(wrong);
    }

    [Fact]
    public void TheFunctionApp_MapsNoMinimalApiEndpoints()
    {
        // Act
        var mapping = SourceTree.SourceFiles("VioConcierge.Functions")
            .Where(file => MinimalApiMapping().IsMatch(File.ReadAllText(Path.Combine(SourceTree.Root, "functions", "VioConcierge.Functions", file))))
            .ToList();

        // Assert
        Assert.Empty(mapping);
    }

    [GeneratedRegex(@"\.Map(Get|Post|Put|Patch|Delete|Methods|Group|Fallback|HealthChecks|OpenApi)\(|IEndpointRouteBuilder")]
    private static partial Regex MinimalApiMapping();
}
