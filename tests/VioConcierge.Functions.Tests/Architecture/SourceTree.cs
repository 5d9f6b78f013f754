using System.Xml.Linq;

namespace VioConcierge.Functions.Tests.Architecture;

/// <summary>The repository's source files, found from the test's output folder.</summary>
public static class SourceTree
{
    public static string Root { get; } = FindRoot();

    public static XDocument Project(string name) =>
        XDocument.Load(Path.Combine(Root, "functions", name, name + ".csproj"));

    /// <summary>Every C# source file of a project under <c>functions/</c>, as paths relative to the project folder.</summary>
    public static IEnumerable<string> SourceFiles(string project)
    {
        var folder = Path.Combine(Root, "functions", project);
        return Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(folder, path))
            .Where(path => !path.StartsWith("obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !path.StartsWith("bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VioConcierge.sln")))
        {
            folder = folder.Parent;
        }
        return folder?.FullName ?? throw new InvalidOperationException("The repository root (VioConcierge.sln) is not above the test output.");
    }
}
