using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Work;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Work;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// One host and one database for the API tests (they run one at a time, sharing a clock they may move forward).
/// Admin two-factor is required, as in production; the helpers enrol admins with real TOTP codes.
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    public const string SuperAdminEmail = "root@platform.test";
    public const string SuperAdminPassword = "Root-Admin-Pass-2026!";
    public const string FailingKind = "test.always-fails";
    public const string FixableKind = "test.fails-until-fixed";

    private readonly ConcurrentDictionary<string, byte[]> _totpSecrets = new(StringComparer.OrdinalIgnoreCase);
    private Dictionary<string, string?> _settings = [];

    public TestClock Clock { get; } = new();

    /// <summary>The handler of <see cref="FixableKind"/>.</summary>
    public FixableHandler Fixable { get; } = new(FixableKind);

    public TestDatabase Database { get; private set; } = null!;

    public ApiFactory Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await PrepareAsync();
        Database = await TestDatabase.CreateAsync();
        var settings = TestKeys.Settings(Database);
        settings["Bootstrap:SuperAdminEmail"] = SuperAdminEmail;
        settings["Bootstrap:SuperAdminPassword"] = SuperAdminPassword;
        settings["Security:RequireAdminTwoFactor"] = "true";
        settings["RateLimits:AuthPerMinute"] = "100000";
        // Every search term the indexes can narrow does (the search functions), whatever the planner estimates on
        // this small, many-tenant database: the search tests then check the narrowed path's results.
        settings["ContactSearch:MaxCandidateRatio"] = "1000000000";
        // Every reminder call's outcome is decided in its orchestration, however many tests end calls in a minute.
        settings["ReminderCalls:OrchestratedPerMinute"] = "100000";
        Adjust(settings);
        _settings = settings;
        Factory = await ApiFactory.StartAsync(settings, Clock, services =>
        {
            services.AddSingleton<IWorkHandler>(new FailingHandler(FailingKind));
            services.AddSingleton<IWorkHandler>(Fixable);
            ConfigureServices(services);
        });
    }

    /// <summary>Runs before the database and host are created (e.g. to start a provider stub whose URL the settings need).</summary>
    protected virtual Task PrepareAsync() => Task.CompletedTask;

    /// <summary>Runs after the host and database are gone.</summary>
    protected virtual ValueTask CleanUpAsync() => ValueTask.CompletedTask;

    protected virtual void Adjust(Dictionary<string, string?> settings)
    {
    }

    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public async Task DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
        await TestStorage.DeleteQueuesAsync(_settings);
        await CleanUpAsync();
    }

    public T Service<T>() where T : notnull => Factory.Services.GetRequiredService<T>();

    public HttpClient Anonymous() => Factory.CreateClient();

    public Task<SignedIn> SuperAdminAsync() => SignInAsync(SuperAdminEmail, SuperAdminPassword);

    /// <summary>
    /// Relays due work (by the test clock) to the queues, as the timer function would, and waits until the app's queue
    /// functions have run all of it, again until nothing more is due. Returns how many items were relayed.
    /// </summary>
    public Task<int> RunDueWorkAsync() => WorkSettling.RunDueAsync(Factory);

    /// <summary>Runs one item the test claimed itself, as its queue function would on its first delivery.</summary>
    public Task<WorkRunResult> RunClaimedAsync(ClaimedWork work) =>
        Service<WorkRunner>().RunAsync(WorkMessage.For([work]), 1, CancellationToken.None);

    /// <summary>A TOTP code for an enrolled user, at a fresh time step (the clock moves 31 s so no code is a replay).</summary>
    public string? NextTotpCode(string email)
    {
        if (!_totpSecrets.TryGetValue(email, out var secret))
        {
            return null;
        }
        Clock.Advance(TimeSpan.FromSeconds(31));
        return Totp.Code(secret, Totp.StepAt(Clock.GetUtcNow()));
    }

    public byte[] TotpSecret(string email) => _totpSecrets[email];

    /// <summary>
    /// Moves the clock to the next Tuesday 10:00 London (GMT in winter) after now, outside the Christmas and New Year
    /// bank holidays, so the days after it are ordinary working days.
    /// </summary>
    public DateTimeOffset NextTuesdayMorning()
    {
        var now = Clock.GetUtcNow();
        var day = now.Date.AddDays(1);
        while (day.DayOfWeek != DayOfWeek.Tuesday || day.Month is > 2 and < 11 || day is { Month: 12, Day: >= 18 } or { Month: 1, Day: <= 4 })
        {
            day = day.AddDays(1);
        }
        var morning = new DateTimeOffset(day.AddHours(10), TimeSpan.Zero);
        Clock.AdvanceTo(morning);
        return morning;
    }

    /// <summary>Signs in, enrolling the user in two-factor first when their role requires it.</summary>
    public async Task<SignedIn> SignInAsync(string email, string password)
    {
        var client = Anonymous();
        var response = await client.PostJsonAsync("/api/auth/login", new { email, password, totpCode = NextTotpCode(email) });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.ReadAsync();
        var accessToken = body.Str("accessToken");
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        if (body.GetProperty("twoFactorEnrollmentRequired").GetBoolean())
        {
            accessToken = await EnrolAsync(client, email);
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        }
        var user = body.GetProperty("user");
        var tenant = user.GetProperty("tenantId");
        return new SignedIn(client, accessToken, body.Str("refreshToken"), Guid.Parse(user.Str("id")),
            tenant.ValueKind == System.Text.Json.JsonValueKind.Null ? null : tenant.GetGuid(), email);
    }

    /// <summary>Completes TOTP enrolment for the client's user; returns the full-access token.</summary>
    public async Task<string> EnrolAsync(HttpClient client, string email)
    {
        var setup = await (await client.PostAsync("/api/me/2fa/setup", null)).ReadAsync();
        var secret = Base32.Decode(setup.Str("secret"));
        var verify = await client.PostJsonAsync("/api/me/2fa/verify", new { code = Totp.Code(secret, Totp.StepAt(Clock.GetUtcNow())) });
        Assert.Equal(HttpStatusCode.OK, verify.StatusCode);
        _totpSecrets[email] = secret;
        return (await verify.ReadAsync()).Str("accessToken");
    }

    public async Task<CreatedTenant> CreateTenantAsync(SignedIn superAdmin, string? businessType = "medical")
    {
        var suffix = Guid.NewGuid().ToString("N")[..10];
        var name = $"Practice {suffix}";
        var email = $"admin-{suffix}@tenant.test";
        const string password = "Tenant-Admin-Pass-1!";
        var response = await superAdmin.Client.PostJsonAsync("/api/admin/tenants",
            new { name, businessType, admin = new { fullName = "Ada Admin", email, password } });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await response.ReadAsync();
        return new CreatedTenant(body.GetProperty("tenant").GetProperty("id").GetGuid(), name,
            body.GetProperty("admin").GetProperty("id").GetGuid(), email, password);
    }

    private sealed class FailingHandler(string kind) : IWorkHandler
    {
        public string Kind => kind;

        public Task HandleAsync(WorkItem item, CancellationToken cancellationToken) =>
            throw new InvalidOperationException("This handler always fails.");
    }

    /// <summary>Fails until a test says its cause is fixed; counts its runs per item.</summary>
    public sealed class FixableHandler(string kind) : IWorkHandler
    {
        public ConcurrentDictionary<Guid, int> Runs { get; } = new();

        public bool Fixed { get; set; }

        public string Kind => kind;

        public Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
        {
            Runs.AddOrUpdate(item.Id, 1, (_, runs) => runs + 1);
            return Fixed ? Task.CompletedTask : throw new InvalidOperationException("Fails until its cause is fixed.");
        }
    }
}
