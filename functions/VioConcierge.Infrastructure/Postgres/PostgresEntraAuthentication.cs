using Azure.Core;
using Npgsql;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Microsoft Entra authentication to Azure Database for PostgreSQL: the password of each new physical connection is an
/// access token for <see cref="Scope"/> from the connection's credential, fetched by the data source every
/// <see cref="RefreshEvery"/> (Npgsql's periodic password provider) and never logged. A token handed out by
/// Azure.Identity has at least five minutes left (it refreshes sooner), so one cached for four is still valid when the
/// last connection opens with it; the server checks it at sign-in only, so open connections outlive it. A token that
/// cannot be had is a <see cref="PostgresTokenUnavailableException"/>, transient like an unreachable server.
/// </summary>
public static class PostgresEntraAuthentication
{
    public const string Scope = "https://ossrdbms-aad.database.windows.net/.default";
    public static readonly TimeSpan RefreshEvery = TimeSpan.FromMinutes(4);
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Signs every new connection of <paramref name="builder"/> in with a token of <paramref name="credential"/>.</summary>
    public static NpgsqlDataSourceBuilder UseEntraAuthentication(
        this NpgsqlDataSourceBuilder builder, TokenCredential credential, TimeSpan? refreshEvery = null) =>
        builder.UsePeriodicPasswordProvider((_, ct) => PasswordAsync(credential, ct), refreshEvery ?? RefreshEvery, RetryAfter);

    /// <summary>The password a connection signs in with: an access token for the PostgreSQL resource.</summary>
    public static async ValueTask<string> PasswordAsync(TokenCredential credential, CancellationToken ct)
    {
        try
        {
            return (await credential.GetTokenAsync(new TokenRequestContext([Scope]), ct)).Token;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            throw new PostgresTokenUnavailableException(exception);
        }
    }
}
