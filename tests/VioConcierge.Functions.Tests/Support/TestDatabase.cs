using Npgsql;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A database created for one test run on the local server, dropped afterwards, with the two roles of production
/// (scripts/postgres-setup.sh): the owner (<c>VIO_TEST_POSTGRES_OWNER</c>, which needs CREATEDB) creates it, owns it
/// and runs the migrations (<see cref="OwnerConnectionString"/>); the application role (<c>VIO_TEST_POSTGRES</c>)
/// gets its rights through the owner's default privileges and is what the host connects as
/// (<see cref="ConnectionString"/>).
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string DefaultServer = "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local";
    public const string DefaultOwnerServer = "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local";

    private TestDatabase(string name)
    {
        Name = name;
        ConnectionString = new NpgsqlConnectionStringBuilder(Server) { Database = name }.ConnectionString;
        OwnerConnectionString = new NpgsqlConnectionStringBuilder(OwnerServer) { Database = name }.ConnectionString;
    }

    public string Name { get; }

    /// <summary>The application role (no superuser, no BYPASSRLS, owns nothing): <c>ConnectionStrings:Postgres</c>.</summary>
    public string ConnectionString { get; }

    /// <summary>The owner of the database and its objects: <c>ConnectionStrings:PostgresMigrations</c>.</summary>
    public string OwnerConnectionString { get; }

    private static string Server => Environment.GetEnvironmentVariable("VIO_TEST_POSTGRES") ?? DefaultServer;

    private static string OwnerServer => Environment.GetEnvironmentVariable("VIO_TEST_POSTGRES_OWNER") ?? DefaultOwnerServer;

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase($"vio_test_{Guid.NewGuid():N}"[..24]);
        await using (var connection = new NpgsqlConnection(OwnerServer))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {database.Name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var applicationRole = new NpgsqlConnectionStringBuilder(Server).Username
            ?? throw new InvalidOperationException("VIO_TEST_POSTGRES names no user.");
        await using (var connection = new NpgsqlConnection(database.OwnerConnectionString))
        {
            await connection.OpenAsync();
            await using var grant = new NpgsqlCommand(ApplicationRoleGrants.Sql(database.Name, applicationRole), connection);
            await grant.ExecuteNonQueryAsync();
        }
        return database;
    }

    /// <summary>A connection as the application role.</summary>
    public async Task<NpgsqlConnection> OpenAsync()
    {
        var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(OwnerServer);
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {Name} WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }
}
