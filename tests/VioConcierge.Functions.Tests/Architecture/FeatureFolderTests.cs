using System.Text.RegularExpressions;

namespace VioConcierge.Functions.Tests.Architecture;

/// <summary>
/// The application's feature folders form layers: a feature may use the ones below it, never one that uses it back
/// (reminders place calls and hear their outcomes through <c>IReminderEvents</c>; calls never name reminders).
/// </summary>
public partial class FeatureFolderTests
{
    [Fact]
    public void ApplicationFeatures_Dependencies_HaveNoCycle()
    {
        // Arrange
        var graph = FeatureGraph("VioConcierge.Application");

        // Act
        var cycle = FindCycle(graph);

        // Assert
        Assert.True(graph.Count >= 10, $"Expected the application's feature folders, found {graph.Count}.");
        Assert.True(cycle is null, $"Feature folders depend on each other in a loop: {string.Join(" -> ", cycle ?? [])}");
    }

    [Fact]
    public void FindCycle_TwoFeaturesUsingEachOther_Found()
    {
        var graph = new Dictionary<string, HashSet<string>> { ["Calls"] = ["Reminders"], ["Reminders"] = ["Calls"], ["Work"] = [] };

        Assert.Equal(["Calls", "Reminders", "Calls"], FindCycle(graph));
    }

    private static Dictionary<string, HashSet<string>> FeatureGraph(string project)
    {
        var graph = new Dictionary<string, HashSet<string>>();
        foreach (var file in SourceTree.SourceFiles(project).Where(path => path.Contains(Path.DirectorySeparatorChar)))
        {
            var feature = file[..file.IndexOf(Path.DirectorySeparatorChar)];
            var uses = graph.TryGetValue(feature, out var found) ? found : graph[feature] = [];
            var text = File.ReadAllText(Path.Combine(SourceTree.Root, "functions", project, file));
            foreach (Match use in ApplicationUsing().Matches(text))
            {
                var used = use.Groups[1].Value;
                if (used != feature && used != "Abstractions")
                {
                    uses.Add(used);
                }
            }
        }
        return graph;
    }

    private static List<string>? FindCycle(Dictionary<string, HashSet<string>> graph)
    {
        var done = new HashSet<string>();
        foreach (var start in graph.Keys.Order(StringComparer.Ordinal))
        {
            if (Visit(start, graph, [], done) is { } cycle)
            {
                return cycle;
            }
        }
        return null;
    }

    private static List<string>? Visit(string feature, Dictionary<string, HashSet<string>> graph, List<string> path, HashSet<string> done)
    {
        if (path.IndexOf(feature) is var at and >= 0)
        {
            return [.. path[at..], feature];
        }
        if (!done.Add(feature))
        {
            return null;
        }
        path.Add(feature);
        foreach (var next in graph.GetValueOrDefault(feature, []).Order(StringComparer.Ordinal))
        {
            if (Visit(next, graph, path, done) is { } cycle)
            {
                return cycle;
            }
        }
        path.RemoveAt(path.Count - 1);
        return null;
    }

    [GeneratedRegex(@"^using VioConcierge\.Application\.(\w+)", RegexOptions.Multiline)]
    private static partial Regex ApplicationUsing();
}
