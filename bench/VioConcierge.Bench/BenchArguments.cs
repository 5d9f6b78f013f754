using System.Diagnostics.CodeAnalysis;
using System.Net;
using Npgsql;

namespace VioConcierge.Bench;

/// <summary>
/// Command line: <c>[latency|throughput|enqueue|all] [--connection "..."]</c>. The connection is the maintenance
/// connection used to create and drop the bench database; only loopback servers are accepted.
/// </summary>
public sealed record BenchArguments(IReadOnlyList<string> Scenarios, string ConnectionString)
{
    public const string DefaultConnection =
        "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local";

    /// <summary>The whole run stops by itself after this long, whatever happens.</summary>
    public static readonly TimeSpan OverallLimit = TimeSpan.FromMinutes(15);

    private static readonly string[] AllScenarios = ["latency", "throughput", "enqueue"];
    private const string Usage = "usage: VioConcierge.Bench [latency|throughput|enqueue|all] [--connection \"...\"]";

    public static bool TryParse(string[] args, TextWriter error, [NotNullWhen(true)] out BenchArguments? arguments)
    {
        arguments = null;
        var scenario = "all";
        var connection = DefaultConnection;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--connection" && i + 1 < args.Length)
            {
                connection = args[++i];
            }
            else if (args[i] is "latency" or "throughput" or "enqueue" or "all")
            {
                scenario = args[i];
            }
            else
            {
                error.WriteLine(Usage);
                return false;
            }
        }
        if (!IsLoopback(connection, out var problem))
        {
            error.WriteLine(problem);
            return false;
        }
        arguments = new BenchArguments(scenario == "all" ? AllScenarios : [scenario], connection);
        return true;
    }

    private static bool IsLoopback(string connectionString, out string problem)
    {
        problem = "";
        try
        {
            var hosts = (new NpgsqlConnectionStringBuilder(connectionString).Host ?? "").Split(',', StringSplitOptions.TrimEntries);
            var bad = hosts.Where(host => host != "localhost" && !host.StartsWith('/')
                && !(IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))).ToArray();
            if (hosts.All(string.IsNullOrEmpty) || bad.Length > 0)
            {
                problem = "The bench only runs against a loopback PostgreSQL server (localhost, 127.0.0.1, ::1 or a socket).";
                return false;
            }
            return true;
        }
        catch (ArgumentException exception)
        {
            problem = $"Invalid connection string: {exception.Message}";
            return false;
        }
    }
}
