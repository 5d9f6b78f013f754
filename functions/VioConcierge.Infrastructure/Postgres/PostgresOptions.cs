using Azure.Core;
using Microsoft.Extensions.Configuration;
using Npgsql;
using VioConcierge.Infrastructure.Security;

namespace VioConcierge.Infrastructure.Postgres;

/// <summary>
/// Database connection settings, one per role (migration 0007 and scripts/postgres-setup.sh explain the split).
/// <c>ConnectionStrings:Postgres</c> is the application role: no superuser, no BYPASSRLS, owns nothing, DML rights
/// only, so row-level security applies to it. <c>ConnectionStrings:PostgresMigrations</c> is the schema owner, used
/// only to apply migrations. With <c>Postgres:EntraAuthentication</c> = true (Azure) neither connection string has a
/// password: each signs in with a Microsoft Entra token of its managed identity, <c>Postgres:ClientId</c> for the
/// application role and <c>Postgres:MigrationsClientId</c> for the owner (<see cref="PostgresEntraAuthentication"/>).
/// </summary>
public sealed class PostgresOptions
{
    public const string ConnectionStringName = "Postgres";
    public const string MigrationsConnectionStringName = "PostgresMigrations";
    public const string EntraAuthenticationSetting = "Postgres:EntraAuthentication";
    public const string ClientIdSetting = "Postgres:ClientId";
    public const string MigrationsClientIdSetting = "Postgres:MigrationsClientId";

    public required string ConnectionString { get; init; }

    public required string MigrationsConnectionString { get; init; }

    /// <summary>Whose Entra token signs <see cref="ConnectionString"/> in; null: the connection string's own password.</summary>
    public TokenCredential? Credential { get; init; }

    /// <summary>Whose Entra token signs <see cref="MigrationsConnectionString"/> in; null: its own password.</summary>
    public TokenCredential? MigrationsCredential { get; init; }

    public static PostgresOptions From(IConfiguration configuration) => From(configuration, AzureCredentials.For);

    /// <summary>The settings, with <paramref name="credentialFor"/> making the credential of a managed identity's client id.</summary>
    public static PostgresOptions From(IConfiguration configuration, Func<string?, TokenCredential> credentialFor)
    {
        var entra = configuration.GetValue<bool>(EntraAuthenticationSetting);
        return new PostgresOptions
        {
            ConnectionString = Required(configuration, ConnectionStringName, entra),
            MigrationsConnectionString = Required(configuration, MigrationsConnectionStringName, entra),
            Credential = entra ? credentialFor(configuration[ClientIdSetting]) : null,
            MigrationsCredential = entra ? credentialFor(configuration[MigrationsClientIdSetting]) : null,
        };
    }

    private static string Required(IConfiguration configuration, string name, bool entra)
    {
        var connectionString = configuration.GetConnectionString(name);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException($"ConnectionStrings:{name} is not set.");
        }
        if (entra && new NpgsqlConnectionStringBuilder(connectionString).Password is not null)
        {
            throw new InvalidOperationException(
                $"ConnectionStrings:{name} has a password, but {EntraAuthenticationSetting} is on: connections sign in with "
                + "Microsoft Entra tokens. Remove the password, or turn Entra authentication off.");
        }
        return connectionString;
    }
}
