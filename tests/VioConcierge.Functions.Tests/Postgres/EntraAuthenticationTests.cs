using Azure.Identity;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// Microsoft Entra authentication as Azure runs it, against the local server: connection strings without a password,
/// each connection signing in with its credential's access token for the PostgreSQL resource. The local roles'
/// passwords stand in for the tokens (Azure's server checks the token where this one checks the password).
/// </summary>
public sealed class EntraAuthenticationTests
{
    [Fact]
    public async Task ApplicationPool_WithACredential_SignsInWithItsTokenForThePostgresResource()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        var (connectionString, password) = WithoutPassword(database.ConnectionString);
        var credential = new FakeTokenCredential(password);
        await using var dataSource = PostgresDataSource.Build(connectionString, credential);

        // Act
        await using var connection = await dataSource.OpenConnectionAsync();
        var role = await connection.ExecuteScalarAsync<string>("SELECT current_user");

        // Assert
        Assert.Equal(new NpgsqlConnectionStringBuilder(database.ConnectionString).Username, role);
        Assert.Equal(["https://ossrdbms-aad.database.windows.net/.default"], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task Token_IsFetchedAgain_SoNewConnectionsSignInWithTheFreshOne()
    {
        // Arrange: the first token is refused; the credential's next one is good. The refresh comes a second later, long
        // enough for the first connection to be refused with the first token even on a loaded machine.
        await using var database = await TestDatabase.CreateAsync();
        var (connectionString, password) = WithoutPassword(database.ConnectionString);
        var credential = new FakeTokenCredential("expired-token", password);
        await using var dataSource = new NpgsqlDataSourceBuilder(connectionString)
            .UseEntraAuthentication(credential, refreshEvery: TimeSpan.FromSeconds(1)).Build();
        var refused = await Assert.ThrowsAsync<PostgresException>(async () => await dataSource.OpenConnectionAsync());

        // Act: well before the test's limit the refreshed token is in use.
        NpgsqlConnection? connection = null;
        for (var attempt = 0; connection is null && attempt < 100; attempt++)
        {
            await Task.Delay(100);
            try
            {
                connection = await dataSource.OpenConnectionAsync();
            }
            catch (PostgresException error) when (error.SqlState == PostgresErrorCodes.InvalidPassword)
            {
            }
        }

        // Assert
        Assert.Equal(PostgresErrorCodes.InvalidPassword, refused.SqlState);
        Assert.NotNull(connection);
        await connection.DisposeAsync();
    }

    [Fact]
    public async Task NoToken_IsATransientDatabaseError_ThatNamesNoToken()
    {
        // Arrange
        await using var database = await TestDatabase.CreateAsync();
        var (connectionString, _) = WithoutPassword(database.ConnectionString);
        var credential = new FakeTokenCredential("unused") { Failure = new AuthenticationFailedException("managed identity endpoint unavailable") };
        await using var dataSource = PostgresDataSource.Build(connectionString, credential);

        // Act
        var error = await Assert.ThrowsAnyAsync<Exception>(async () => await dataSource.OpenConnectionAsync());

        // Assert: callers get 503 with Retry-After and background work waits, as for an unreachable server.
        Assert.True(TransientDatabaseErrors.Is(error), error.ToString());
        Assert.Contains("managed identity endpoint unavailable", error.ToString());
    }

    [Fact]
    public async Task Migrations_WithEntraCredentials_RunAsTheOwner_AndCheckTheApplicationRole()
    {
        // Arrange: as in Azure, neither connection string has a password; each role has its own identity.
        await using var database = await TestDatabase.CreateAsync();
        var (application, applicationPassword) = WithoutPassword(database.ConnectionString);
        var (owner, ownerPassword) = WithoutPassword(database.OwnerConnectionString);
        var options = new PostgresOptions
        {
            ConnectionString = application,
            MigrationsConnectionString = owner,
            Credential = new FakeTokenCredential(applicationPassword),
            MigrationsCredential = new FakeTokenCredential(ownerPassword),
        };

        // Act
        var applied = await new MigrationRunner(options, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None);

        // Assert
        Assert.Equal(MigrationRunner.Embedded.Count, applied);
        await using var connection = await database.OpenAsync();
        Assert.Equal(new NpgsqlConnectionStringBuilder(database.OwnerConnectionString).Username,
            await connection.ExecuteScalarAsync<string>("SELECT tableowner FROM pg_tables WHERE tablename = 'contacts'"));
    }

    private static (string ConnectionString, string Password) WithoutPassword(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var password = builder.Password ?? throw new InvalidOperationException("The test server's roles sign in with passwords.");
        builder.Password = null;
        return (builder.ConnectionString, password);
    }
}
