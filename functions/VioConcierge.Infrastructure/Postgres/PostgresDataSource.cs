using Azure.Core;
using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Builds the application's connection pool. Unless the connection string says otherwise, one instance keeps at most
/// <see cref="DefaultMaxPoolSize"/> connections: bursts queue for a pooled connection instead of exhausting the
/// server's connection slots (PostgreSQL's default is 100 for every client together). With an Entra credential, every
/// connection signs in with its token instead of a password (<see cref="PostgresEntraAuthentication"/>).
/// </summary>
public static class PostgresDataSource
{
    public const int DefaultMaxPoolSize = 30;
    public const int DefaultMaxAutoPrepare = 200;

    public static NpgsqlDataSource Build(string connectionString, TokenCredential? entraCredential = null)
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
        return Authenticated(builder, entraCredential);
    }

    /// <summary>
    /// A data source with the connection string's own settings and <paramref name="configure"/>'s, none of the pool
    /// defaults: migrations, start-up checks, pools of their own.
    /// </summary>
    public static NpgsqlDataSource Plain(string connectionString, TokenCredential? entraCredential, Action<NpgsqlConnectionStringBuilder>? configure = null)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        configure?.Invoke(builder.ConnectionStringBuilder);
        return Authenticated(builder, entraCredential);
    }

    private static NpgsqlDataSource Authenticated(NpgsqlDataSourceBuilder builder, TokenCredential? entraCredential) =>
        (entraCredential is null ? builder : builder.UseEntraAuthentication(entraCredential)).Build();
}
