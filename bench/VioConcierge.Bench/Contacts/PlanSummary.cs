using System.Globalization;
using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// One line from an <c>EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON)</c> plan: execution time, rows returned, the scans
/// (with the index each used, and loops when repeated per row), sorts, and shared buffers hit/read.
/// </summary>
public static class PlanSummary
{
    public static string Of(string explainJson)
    {
        using var json = JsonDocument.Parse(explainJson);
        var root = json.RootElement[0];
        var plan = root.GetProperty("Plan");
        var steps = new List<string>();
        Walk(plan, steps);
        var time = root.GetProperty("Execution Time").GetDouble().ToString("0.00", CultureInfo.InvariantCulture);
        return $"{time} ms, {Number(plan, "Actual Rows")} rows; {string.Join(" + ", steps.Distinct())}; "
            + $"buffers hit {Number(plan, "Shared Hit Blocks")}, read {Number(plan, "Shared Read Blocks")}";
    }

    private static void Walk(JsonElement node, List<string> steps)
    {
        var type = node.GetProperty("Node Type").GetString()!;
        var loops = node.TryGetProperty("Actual Loops", out var l) && l.GetInt64() > 1 ? $" x{BenchFormat.Count(l.GetInt64())}" : "";
        if (node.TryGetProperty("Index Name", out var index))
        {
            steps.Add($"{type} {index.GetString()}{loops}");
        }
        else if (type == "Seq Scan")
        {
            steps.Add($"Seq Scan {node.GetProperty("Relation Name").GetString()}{loops} (filter removed {Number(node, "Rows Removed by Filter")})");
        }
        else if (type is "Sort" or "Incremental Sort")
        {
            steps.Add($"{type} ({(node.TryGetProperty("Sort Method", out var method) ? method.GetString() : "?")})");
        }
        else if (type == "Bitmap Heap Scan")
        {
            steps.Add($"Bitmap Heap Scan {node.GetProperty("Relation Name").GetString()} (recheck removed {Number(node, "Rows Removed by Index Recheck")}, filter removed {Number(node, "Rows Removed by Filter")})");
        }
        if (node.TryGetProperty("Plans", out var children))
        {
            foreach (var child in children.EnumerateArray())
            {
                Walk(child, steps);
            }
        }
    }

    private static string Number(JsonElement node, string property) =>
        node.TryGetProperty(property, out var value) ? BenchFormat.Count((long)value.GetDouble()) : "0";
}
