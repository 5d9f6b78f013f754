using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

public sealed class MigrationTests
{
    [Fact]
    public async Task Apply_OnAnEmptyDatabase_AppliesAllAndARerunIsANoOp()
    {
        await using var database = await TestDatabase.CreateAsync();
        var runner = new MigrationRunner(Options(database), NullLogger<MigrationRunner>.Instance);

        var first = await runner.ApplyAsync(CancellationToken.None);
        var second = await runner.ApplyAsync(CancellationToken.None);

        Assert.Equal(MigrationRunner.Embedded.Count, first);
        Assert.Equal(0, second);
        await using var connection = await database.OpenAsync();
        Assert.True(await MigrationRunner.IsUpToDateAsync(connection, CancellationToken.None));
    }

    [Fact]
    public async Task Apply_FromTwoInstancesAtOnce_AppliesEachMigrationOnce()
    {
        await using var database = await TestDatabase.CreateAsync();
        var options = Options(database);
        var runners = Enumerable.Range(0, 3).Select(_ => new MigrationRunner(options, NullLogger<MigrationRunner>.Instance));

        var applied = await Task.WhenAll(runners.Select(runner => runner.ApplyAsync(CancellationToken.None)));

        Assert.Equal(MigrationRunner.Embedded.Count, applied.Sum());
        await using var connection = await database.OpenAsync();
        var versions = (await connection.QueryAsync<int>("SELECT version FROM schema_migrations")).ToList();
        Assert.Equal(MigrationRunner.Embedded.Select(m => m.Version), versions.Order());
    }

    [Fact]
    public async Task Apply_WithTheOwnerAsApplicationConnection_RefusesToStart()
    {
        await using var database = await TestDatabase.CreateAsync();
        var options = new PostgresOptions { ConnectionString = database.OwnerConnectionString, MigrationsConnectionString = database.OwnerConnectionString };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => new MigrationRunner(options, NullLogger<MigrationRunner>.Instance).ApplyAsync(CancellationToken.None));

        Assert.Contains("row-level security would not apply", error.Message);
    }

    [Fact]
    public async Task Readiness_BeforeMigrations_IsFalse()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var connection = await database.OpenAsync();

        Assert.False(await MigrationRunner.IsUpToDateAsync(connection, CancellationToken.None));
    }

    private static PostgresOptions Options(TestDatabase database) =>
        new() { ConnectionString = database.ConnectionString, MigrationsConnectionString = database.OwnerConnectionString };
}
