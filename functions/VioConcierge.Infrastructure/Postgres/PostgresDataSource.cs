using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Builds the application's connection pool. Unless the connection string says otherwise, one instance keeps at most
/// <see cref="DefaultMaxPoolSize"/> connections: bursts queue for a pooled connection instead of exhausting the
/// server's connection slots (PostgreSQL's default is 100 for every client together).
/// </summary>
public static class PostgresDataSource
{
    public const int DefaultMaxPoolSize = 30;
    public const int DefaultMaxAutoPrepare = 200;

    public static NpgsqlDataSource Build(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.MaxPoolSize = DefaultMaxPoolSize;
        }
        if (!connectionString.Contains("Auto Prepare", StringComparison.OrdinalIgnoreCase)
            && !connectionString.Contains("AutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.ConnectionStringBuilder.MaxAutoPrepare = DefaultMaxAutoPrepare;
            builder.ConnectionStringBuilder.AutoPrepareMinUsages = 2;
        }
        return builder.Build();
    }
}
