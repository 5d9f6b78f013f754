using System.Net;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// Behind a proxy every request comes from the proxy's address: the client address is taken from
/// <c>X-Forwarded-For</c> only when the sender is a configured trusted proxy, and then used for rate limits, sessions
/// and audit entries alike. Senders are real loopback addresses (connections bound to 127.0.0.x), so the host sees
/// each as the request's sender and passes it on as the Functions host does.
/// </summary>
public sealed class ClientAddressTests : IAsyncLifetime
{
    private const string Proxy = "127.0.0.2";
    private const string AdminEmail = "root@proxy.test";
    private const string AdminPassword = "Root-Admin-Pass-2026!";
    private TestDatabase _database = null!;
    private ApiFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        var settings = TestKeys.Settings(_database);
        settings["RateLimits:AuthPerMinute"] = "3";
        settings["Work:RelayEnabled"] = "false";
        settings["Network:TrustedProxies:0"] = Proxy;
        settings["Network:TrustedProxies:1"] = "127.0.50.0/24";
        settings["Security:RequireAdminTwoFactor"] = "false";
        settings["Bootstrap:SuperAdminEmail"] = AdminEmail;
        settings["Bootstrap:SuperAdminPassword"] = AdminPassword;
        _factory = await ApiFactory.StartAsync(settings, new TestClock());
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }

    [Theory]
    [InlineData(Proxy)]
    [InlineData("127.0.50.7")]
    public async Task TwoClientsBehindATrustedProxy_EachHaveTheirOwnSignInLimit(string proxy)
    {
        var first = await BadSignInsAsync(4, proxy, _ => "203.0.113.5");
        var second = await BadSignInsAsync(1, proxy, _ => "203.0.113.6");

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], first);
        Assert.Equal([HttpStatusCode.Unauthorized], second);
    }

    [Fact]
    public async Task AnUntrustedSender_CannotEscapeTheLimitByForgingXForwardedFor()
    {
        var statuses = await BadSignInsAsync(4, "127.0.0.9", attempt => $"203.0.113.{attempt + 20}");

        Assert.Equal(HttpStatusCode.TooManyRequests, statuses[^1]);
    }

    [Fact]
    public async Task ClientsOfTheProxy_DoNotShareTheProxysOwnBucket()
    {
        await BadSignInsAsync(4, Proxy, _ => null);

        Assert.Equal([HttpStatusCode.Unauthorized], await BadSignInsAsync(1, Proxy, _ => "203.0.113.8"));
    }

    [Fact]
    public async Task TheForwardedClientAddress_IsWhatSessionsAndAuditEntriesRecord()
    {
        var client = Through(Proxy, "203.0.113.9");
        var login = await (await client.PostJsonAsync("/api/auth/login", new { email = AdminEmail, password = AdminPassword })).ReadAsync();
        client.DefaultRequestHeaders.Authorization = new("Bearer", login.Str("accessToken"));

        var created = await client.PostJsonAsync("/api/admin/tenants", new
        {
            name = "Proxy Dental",
            businessType = "medical",
            admin = new { fullName = "Pat Proxy", email = "pat@proxy-dental.test" },
        });
        var sessions = await (await client.GetAsync("/api/me/sessions")).ReadAsync();
        var audit = await (await client.GetAsync("/api/admin/audit?action=tenant.created")).ReadAsync();

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal("203.0.113.9", Assert.Single(sessions.EnumerateArray()).Str("clientIp"));
        Assert.Equal("203.0.113.9", audit.GetProperty("items")[0].Str("clientIp"));
    }

    private async Task<List<HttpStatusCode>> BadSignInsAsync(int count, string sender, Func<int, string?> forwardedFor)
    {
        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < count; attempt++)
        {
            var response = await Through(sender, forwardedFor(attempt))
                .PostJsonAsync("/api/auth/login", new { email = "someone@clinic.test", password = "Guessing-Again-1!" });
            statuses.Add(response.StatusCode);
        }
        return statuses;
    }

    private HttpClient Through(string sender, string? forwardedFor)
    {
        var client = _factory.CreateClient(IPAddress.Parse(sender));
        if (forwardedFor is not null)
        {
            client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }
        return client;
    }
}
