using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using VioConcierge.Core.Tenants;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// PostgreSQL going away (a restart or failover, played by cutting a proxy in front of it): every route answers 503
/// with Retry-After, readiness says not ready, nothing is half-written, and the host serves again once it is back.
/// </summary>
public sealed class DatabaseOutageTests : IAsyncLifetime
{
    private const string AdminEmail = "root@outage.test";
    private const string AdminPassword = "Root-Admin-Pass-2026!";
    private readonly TestClock _clock = new();
    private readonly CapturedLogs _logs = new();
    private TestDatabase _database = null!;
    private TcpProxy _proxy = null!;
    private ApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(_database.ConnectionString);
        _proxy = TcpProxy.Start(direct.Host!, direct.Port);
        var settings = TestKeys.Settings(_database);
        settings["ConnectionStrings:Postgres"] = new NpgsqlConnectionStringBuilder(_database.ConnectionString)
        {
            Host = "127.0.0.1", Port = _proxy.Port, Timeout = 2,
        }.ConnectionString;
        settings["Work:RelayEnabled"] = "false";
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Bootstrap:SuperAdminEmail"] = AdminEmail;
        settings["Bootstrap:SuperAdminPassword"] = AdminPassword;
        settings["Retell:ApiKey"] = VoiceApiFixture.RetellKey;
        _factory = await ApiFactory.StartAsync(settings, _clock, services => services.AddSingleton<ILoggerProvider>(_logs));
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _proxy.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Fact]
    public async Task DatabaseAway_EveryKindOfRouteIs503WithRetryAfter_AndServesAgainWhenItIsBack()
    {
        var admin = await SignInAsync();
        var tenant = await (await admin.PostJsonAsync("/api/admin/tenants", NewTenant("Before Outage Dental"))).ReadAsync();
        var tenantId = Guid.Parse(tenant.GetProperty("tenant").Str("id"));

        _proxy.Cut();

        var answers = new Dictionary<string, HttpResponseMessage>
        {
            ["list tenants"] = await admin.GetAsync("/api/admin/tenants"),
            ["create tenant"] = await admin.PostJsonAsync("/api/admin/tenants", NewTenant("During Outage Dental")),
            ["sign in"] = await _factory.CreateClient().PostJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword }),
            ["Retell webhook"] = await RetellEvents.PostAsync(_factory.CreateClient(), RetellBody(tenantId), RetellEvents.Sign(RetellBody(tenantId), _clock.GetUtcNow())),
            ["readiness"] = await _factory.CreateClient().GetAsync("/health/ready"),
        };
        var live = await _factory.CreateClient().GetAsync("/health/live");

        foreach (var (route, response) in answers)
        {
            Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{route}: {(int)response.StatusCode}");
        }
        foreach (var (route, response) in answers.Where(pair => pair.Key != "readiness"))
        {
            Assert.True(response.Headers.RetryAfter is not null, $"{route}: no Retry-After");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        }
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        _proxy.Restore();

        var listed = await UntilAnsweredAsync(() => admin.GetAsync("/api/admin/tenants"));
        Assert.Equal(HttpStatusCode.OK, listed.StatusCode);
        var names = (await listed.ReadAsync()).GetProperty("items").EnumerateArray().Select(item => item.Str("name")).ToArray();
        Assert.Equal(["Before Outage Dental"], names);
        Assert.Equal(HttpStatusCode.OK, (await UntilAnsweredAsync(() => _factory.CreateClient().GetAsync("/health/ready"))).StatusCode);
        Assert.DoesNotContain(_logs.Lines, line => line.StartsWith("VioConcierge", StringComparison.Ordinal) && line.Contains(" Error ", StringComparison.Ordinal));
    }

    /// <summary>A client that met a 503 tries again, as Retry-After tells it (the pool drops the connections the cut broke).</summary>
    private static async Task<HttpResponseMessage> UntilAnsweredAsync(Func<Task<HttpResponseMessage>> send)
    {
        var response = await send();
        for (var attempt = 0; attempt < 10 && response.StatusCode == HttpStatusCode.ServiceUnavailable; attempt++)
        {
            response = await send();
        }
        return response;
    }

    private async Task<HttpClient> SignInAsync()
    {
        var client = _factory.CreateClient();
        var login = await (await client.PostJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword })).ReadAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Str("accessToken"));
        return client;
    }

    private static object NewTenant(string name) =>
        new { name, businessType = "medical", admin = new { fullName = "Pat Admin", email = $"pat@{name.Replace(' ', '-').ToLowerInvariant()}.test" } };

    private static string RetellBody(Guid tenantId) => RetellEvents.Body("call_ended", "call_outage", tenantId, Guid.NewGuid());
}
