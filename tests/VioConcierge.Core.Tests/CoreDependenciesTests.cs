using System.Xml.Linq;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests;

/// <summary>Core holds rules only: no web host, database, cloud SDK or ORM may creep in.</summary>
public class CoreDependenciesTests
{
    private static readonly string[] ForbiddenPrefixes =
        ["Microsoft.AspNetCore", "Npgsql", "Azure", "Dapper", "Microsoft.Azure"];

    [Fact]
    public void CoreAssembly_ReferencedAssemblies_NoInfrastructure()
    {
        // Arrange
        var assembly = typeof(Totp).Assembly;

        // Act
        var referenced = assembly.GetReferencedAssemblies().Select(name => name.Name ?? "").ToList();

        // Assert
        Assert.Equal("VioConcierge.Core", assembly.GetName().Name);
        Assert.NotEmpty(referenced);
        Assert.DoesNotContain(referenced, name => ForbiddenPrefixes.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void CoreProject_PackageAndFrameworkReferences_OnlyExtensionsAbstractions()
    {
        // Arrange
        var project = LoadCoreProject();

        // Act
        var references = project.Descendants()
            .Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include") ?? (string?)e.Attribute("Update") ?? "")
            .ToList();

        // Assert
        Assert.All(references, name => Assert.True(
            name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && name.EndsWith(".Abstractions", StringComparison.Ordinal),
            $"Core must not reference '{name}'."));
    }

    [Fact]
    public void CoreProject_ProjectReferences_None()
    {
        // Act
        var references = LoadCoreProject().Descendants().Where(e => e.Name.LocalName == "ProjectReference");

        // Assert
        Assert.Empty(references);
    }

    private static XDocument LoadCoreProject()
    {
        var root = new DirectoryInfo(AppContext.BaseDirectory);
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "VioConcierge.sln")))
        {
            root = root.Parent;
        }
        Assert.NotNull(root);
        var path = Path.Combine(root.FullName, "functions", "VioConcierge.Core", "VioConcierge.Core.csproj");
        return XDocument.Load(path);
    }
}
