using Azure.Core;
using Microsoft.Extensions.Configuration;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Postgres;

/// <summary>
/// Which connections sign in with a Microsoft Entra token: all of them when <c>Postgres:EntraAuthentication</c> is on,
/// each with its own managed identity; none otherwise (the connection strings' passwords, as locally).
/// </summary>
public sealed class PostgresOptionsTests
{
    private const string Application = "Host=db.example;Database=vioconcierge;Username=vioconcierge";
    private const string Owner = "Host=db.example;Database=vioconcierge;Username=vioconcierge_owner";

    [Fact]
    public void EntraOn_EachConnection_GetsTheCredentialOfItsOwnIdentity()
    {
        // Arrange
        var asked = new List<string?>();
        var configuration = Configuration(Application, Owner, entra: "true");

        // Act
        var options = PostgresOptions.From(configuration, clientId =>
        {
            asked.Add(clientId);
            return new FakeTokenCredential(clientId ?? "default");
        });

        // Assert
        Assert.Equal(["app-client-id", "owner-client-id"], asked);
        Assert.Equal("app-client-id", Token(options.Credential));
        Assert.Equal("owner-client-id", Token(options.MigrationsCredential));
    }

    [Fact]
    public void EntraOff_ConnectionsUseTheirPasswords_AndNoCredentialIsMade()
    {
        // Arrange
        var configuration = Configuration(Application + ";Password=a", Owner + ";Password=b", entra: null);

        // Act
        var options = PostgresOptions.From(configuration, _ => throw new InvalidOperationException("no credential expected"));

        // Assert
        Assert.Null(options.Credential);
        Assert.Null(options.MigrationsCredential);
    }

    [Fact]
    public void EntraOn_WithAPasswordInAConnectionString_RefusesToStart_NamingIt()
    {
        // Arrange
        var configuration = Configuration(Application, Owner + ";Password=secret-value", entra: "true");

        // Act
        var error = Assert.Throws<InvalidOperationException>(() => PostgresOptions.From(configuration, _ => new FakeTokenCredential("t")));

        // Assert
        Assert.Contains("ConnectionStrings:PostgresMigrations has a password", error.Message);
        Assert.DoesNotContain("secret-value", error.Message);
    }

    private static IConfiguration Configuration(string application, string owner, string? entra) =>
        new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Postgres"] = application,
            ["ConnectionStrings:PostgresMigrations"] = owner,
            ["Postgres:EntraAuthentication"] = entra,
            ["Postgres:ClientId"] = "app-client-id",
            ["Postgres:MigrationsClientId"] = "owner-client-id",
        }).Build();

    private static string Token(TokenCredential? credential) =>
        Assert.IsType<FakeTokenCredential>(credential).GetToken(new TokenRequestContext(["scope"]), CancellationToken.None).Token;
}
