using Dapper;
using Npgsql;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// Statements that fail at Bind (a NUL in a text parameter: 22021) interleaved with normal ones on one small pool, with
/// automatic preparation on as the app runs it: every normal statement gets its own rows, and no connection handed back
/// to the pool after a failure ever answers another statement out of step. Without <see cref="UnitOfWork"/> dropping a
/// failed connection's prepared statements, the insert that failed while being auto-prepared stays "prepared" without
/// its row description and its next run fails with "Received unexpected backend message DataRow".
/// </summary>
public sealed class FailingStatementPoolTests
{
    private const string Insert = "INSERT INTO scratch (value) VALUES (@Value) RETURNING id";
    private const string Select = "SELECT value FROM scratch WHERE id = @Id";

    [Fact]
    public async Task FailingAndNormalStatements_OnOnePool_NeverDesynchronise()
    {
        await using var testDatabase = await TestDatabase.CreateAsync();
        await using (var owner = new NpgsqlConnection(testDatabase.OwnerConnectionString))
        {
            await owner.ExecuteAsync("CREATE TABLE scratch (id serial PRIMARY KEY, value text NOT NULL)");
        }
        var pooled = new NpgsqlConnectionStringBuilder(testDatabase.ConnectionString) { MaxPoolSize = 2 }.ConnectionString;
        await using var dataSource = PostgresDataSource.Build(pooled);
        var database = new Database(dataSource);
        var unexpected = new List<Exception>();

        await Task.WhenAll(Enumerable.Range(0, 6).Select(worker => Task.Run(async () =>
        {
            for (var round = 0; round < 60; round++)
            {
                var fails = (round + worker) % 3 == 0;
                var value = fails ? $"bad\0{worker}:{round}" : $"ok {worker}:{round}";
                try
                {
                    await using var uow = await database.BeginPlatformAsync(CancellationToken.None);
                    var id = await uow.QuerySingleAsync<int>(Insert, new { Value = value }, CancellationToken.None);
                    var read = await uow.QuerySingleAsync<string>(Select, new { Id = id }, CancellationToken.None);
                    await uow.CommitAsync(CancellationToken.None);
                    if (fails || read != value)
                    {
                        throw new InvalidOperationException($"Row {id} read back '{read}' for '{value}'.");
                    }
                }
                catch (PostgresException error) when (fails && error.SqlState == PostgresErrorCodes.CharacterNotInRepertoire)
                {
                }
                catch (Exception error)
                {
                    lock (unexpected)
                    {
                        unexpected.Add(error);
                    }
                }
            }
        })));

        Assert.True(unexpected.Count == 0, string.Join("\n----\n", unexpected.Take(3).Select(error => error.ToString())));
    }
}
