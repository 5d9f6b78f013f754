using Npgsql;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A database created for one test run on the local server (role from <c>VIO_TEST_POSTGRES</c>, which needs
/// CREATEDB), dropped afterwards.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local";

    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable("VIO_TEST_POSTGRES") ?? DefaultServer;

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = $"vio_test_{Guid.NewGuid():N}"[..24];
        await using (var connection = new NpgsqlConnection(Server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(Server) { Database = name };
        return new TestDatabase(name, builder.ConnectionString);
    }

    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(Server);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
