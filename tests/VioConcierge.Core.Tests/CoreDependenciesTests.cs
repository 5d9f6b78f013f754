using System.Xml.Linq;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests;

/// <summary>
/// Core holds rules only: no web host, database, cloud SDK or ORM may creep in. Besides the framework it may use
/// exactly two pure libraries: libphonenumber (UK numbers) and Otp.NET (TOTP and base32).
/// </summary>
public class CoreDependenciesTests
{
    private static readonly string[] ForbiddenPrefixes =
        ["Microsoft.AspNetCore", "Npgsql", "Azure", "Dapper", "Microsoft.Azure"];

    private static readonly string[] AllowedPackages = ["libphonenumber-csharp", "Otp.NET"];

    private static readonly string[] AllowedLibraryAssemblies = ["PhoneNumbers", "Otp.NET"];

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
    public void CoreAssembly_ReferencedAssemblies_OnlyFrameworkAndAllowedLibraries()
    {
        // Arrange
        var assembly = typeof(Totp).Assembly;

        // Act
        var libraries = assembly.GetReferencedAssemblies()
            .Select(name => name.Name ?? "")
            .Where(name => name != "netstandard" && !name.StartsWith("System", StringComparison.Ordinal) && !IsExtensionsAbstractions(name))
            .ToList();

        // Assert
        Assert.All(libraries, name => Assert.Contains(name, AllowedLibraryAssemblies));
    }

    [Fact]
    public void CoreProject_PackageAndFrameworkReferences_OnlyExtensionsAbstractionsAndAllowedLibraries()
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
            IsExtensionsAbstractions(name) || AllowedPackages.Contains(name, StringComparer.Ordinal),
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

    private static bool IsExtensionsAbstractions(string name) =>
        name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal) && name.EndsWith(".Abstractions", StringComparison.Ordinal);

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
