using VioConcierge.Application;
using VioConcierge.Functions.Hosting;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Architecture;

/// <summary>
/// The application layer runs on any host: no web framework, database driver, ORM or cloud SDK, no infrastructure
/// project, and no SQL text. Only Infrastructure speaks SQL, so the web host holds none either.
/// </summary>
public class ApplicationDependenciesTests
{
    private static readonly string[] ForbiddenAssemblies =
        ["Microsoft.AspNetCore", "Npgsql", "Dapper", "Azure", "Microsoft.Azure", "VioConcierge.Infrastructure", "VioConcierge.Functions"];

    [Fact]
    public void ApplicationAssembly_ReferencedAssemblies_NoHostDatabaseOrCloud()
    {
        // Arrange
        var assembly = typeof(DependencyInjection).Assembly;

        // Act
        var referenced = assembly.GetReferencedAssemblies().Select(name => name.Name ?? "").ToList();

        // Assert
        Assert.Equal("VioConcierge.Application", assembly.GetName().Name);
        Assert.Contains("VioConcierge.Core", referenced);
        Assert.DoesNotContain(referenced, name => ForbiddenAssemblies.Any(prefix => name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)));
    }

    [Fact]
    public void ApplicationProject_References_OnlyCoreAndExtensions()
    {
        // Arrange
        var project = SourceTree.Project("VioConcierge.Application");

        // Act
        var packages = project.Descendants().Where(e => e.Name.LocalName is "PackageReference" or "FrameworkReference")
            .Select(e => (string?)e.Attribute("Include") ?? "").ToList();
        var projects = project.Descendants().Where(e => e.Name.LocalName == "ProjectReference")
            .Select(e => Path.GetFileNameWithoutExtension(((string?)e.Attribute("Include") ?? "").Replace('\\', '/'))).ToList();

        // Assert
        Assert.NotEmpty(packages);
        Assert.All(packages, name => Assert.True(name.StartsWith("Microsoft.Extensions.", StringComparison.Ordinal), $"Application must not reference '{name}'."));
        Assert.Equal(["VioConcierge.Core"], projects);
    }

    [Fact]
    public void ApplicationAssembly_StringLiterals_NoSql()
    {
        // Act
        var sql = SqlText.In(typeof(DependencyInjection).Assembly);

        // Assert
        Assert.Empty(sql);
    }

    [Fact]
    public void HostAssembly_StringLiterals_NoSql()
    {
        // Act
        var sql = SqlText.In(typeof(FunctionApp).Assembly);

        // Assert
        Assert.Empty(sql);
    }

    [Fact]
    public void InfrastructureAssembly_StringLiterals_HoldTheSql()
    {
        // Act: the detector finds the SQL where it is, so an empty answer above means something
        var sql = SqlText.In(typeof(Infrastructure.Postgres.Database).Assembly);

        // Assert
        Assert.Contains(sql, text => text.Contains("INSERT INTO contacts", StringComparison.Ordinal));
    }
}
