using System.Globalization;
using Npgsql;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// CPU time (ms) used by the host processes (the development host and the worker), the bench itself and the PostgreSQL backends serving the bench database,
/// read from <c>/proc</c>: what a request costs, whatever else the machine is running.
/// </summary>
public sealed class CpuMeter(IReadOnlyList<int> hostProcessIds, string connectionString)
{
    private const double TicksPerSecond = 100;

    public async Task<(double Host, double Bench, double Postgres)> ReadAsync(CancellationToken ct)
    {
        var backends = new List<int>();
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(ct);
            await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()", connection);
            await using var reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                backends.Add(reader.GetInt32(0));
            }
        }
        return (hostProcessIds.Sum(ProcessMs), Environment.ProcessId is var self ? ProcessMs(self) : 0, backends.Sum(ProcessMs));
    }

    /// <summary>User + system CPU of a process in ms (0 when it is gone or /proc is not there).</summary>
    private static double ProcessMs(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            // After the command: state is field 3, utime field 14, stime field 15 (1-based in proc(5)).
            return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 1000 / TicksPerSecond;
        }
        catch (IOException)
        {
            return 0;
        }
    }
}
