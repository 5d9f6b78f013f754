using System.Net;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Functions.Tests.Webhooks.Calendar;
using Xunit.Abstractions;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// The whole OpenAPI surface, attacked: every operation with valid, boundary and hostile values from every kind of
/// caller (at least 5,000 requests, seeded). No answer is a 5xx, every answer is one the document declares for that
/// operation (and error answers are problem+json), and nothing the host logs is an error, including the background
/// work the requests left behind.
/// </summary>
[Collection(FuzzCollection.Name)]
public sealed class OpenApiFuzzTests(FuzzApiFixture api, ITestOutputHelper output)
{
    private const int Seed = 20261203;

    [Fact]
    public async Task EveryOperation_HostileInput_NeverA5xx_AlwaysADeclaredStatus()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var operations = ApiOperation.All(document).OrderBy(Destructiveness).ThenBy(o => o.Key, StringComparer.Ordinal).ToArray();
        var callers = await CallersAsync();
        var seeds = await SeedsAsync(callers);
        var random = new Random(Seed);
        var generator = new FuzzRequests(seeds, new FuzzValues(seeds, api.Clock.GetUtcNow()), random);
        var results = new List<(string Operation, int Status, string? Problem)>();

        foreach (var operation in operations)
        {
            var requests = generator.For(operation).Concat(SignedWebhooks.For(operation, seeds, api.Clock.GetUtcNow(), random));
            foreach (var request in requests)
            {
                var response = await callers[request.Caller].SendAsync(request.ToMessage());
                results.Add((operation.Key, (int)response.StatusCode, await ProblemAsync(operation, response)));
                await KeepSignedInAsync(callers, request, response);
            }
        }
        await api.RunDueWorkAsync();
        Report(results);
        foreach (var problem in results.Where(r => r.Problem is not null).Select(r => $"{r.Operation}: {r.Problem}").Distinct().Take(60))
        {
            output.WriteLine("PROBLEM " + problem);
        }
        foreach (var line in api.Logs.Lines.Where(line => line.Contains(" Error ", StringComparison.Ordinal)).Take(3))
        {
            output.WriteLine("ERROR LOG " + line);
        }

        Assert.True(results.Count >= 5000, $"only {results.Count} requests");
        Assert.Empty(results.Where(r => r.Problem is not null).Select(r => $"{r.Operation}: {r.Problem}").Distinct().Take(40));
        Assert.Empty(api.Logs.Lines.Where(line => line.Contains(" Error ", StringComparison.Ordinal) || line.Contains(" Critical ", StringComparison.Ordinal)).Take(5));
    }

    /// <summary>What is wrong with the answer, or null: a 5xx, a status the document does not declare, an error that is not problem+json.</summary>
    private static async Task<string?> ProblemAsync(ApiOperation operation, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        if (status >= 500)
        {
            return $"{status} {await response.Content.ReadAsStringAsync()}";
        }
        if (!operation.Statuses.Contains(status.ToString(System.Globalization.CultureInfo.InvariantCulture)))
        {
            return $"undeclared {status}";
        }
        var type = response.Content.Headers.ContentType?.MediaType;
        return status >= 400 && response.Content.Headers.ContentLength is not 0 && type != "application/problem+json" ? $"{status} as {type}" : null;
    }

    /// <summary>Operations that delete or sign out run last, so the others meet the seeded rows and live sessions.</summary>
    private static int Destructiveness(ApiOperation operation) =>
        operation.Method == "DELETE" || operation.Path.Contains("/bulk", StringComparison.Ordinal) || operation.Path.EndsWith("/logout", StringComparison.Ordinal) ? 1 : 0;

    private async Task<Dictionary<Caller, HttpClient>> CallersAsync()
    {
        var root = await api.SuperAdminAsync();
        var tenant = await api.CreateTenantAsync(root);
        var other = await api.CreateTenantAsync(root);
        var garbage = api.Anonymous();
        garbage.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.");
        _tenant = tenant;
        _other = other;
        return new Dictionary<Caller, HttpClient>
        {
            [Caller.Anonymous] = api.Anonymous(),
            [Caller.GarbageToken] = garbage,
            [Caller.Admin] = (await api.SignInAsync(tenant.AdminEmail, tenant.AdminPassword)).Client,
            [Caller.Staff] = (await api.SignInAsync(await api.AddStaffAsync(tenant.TenantId), TestUsers.StaffPassword)).Client,
            [Caller.SuperAdmin] = root.Client,
            [Caller.OtherTenantAdmin] = (await api.SignInAsync(other.AdminEmail, other.AdminPassword)).Client,
        };
    }

    private CreatedTenant _tenant = null!;
    private CreatedTenant _other = null!;

    private async Task<FuzzSeeds> SeedsAsync(Dictionary<Caller, HttpClient> callers)
    {
        async Task<Guid> CreateAsync(HttpClient client, string url, object body) =>
            Guid.Parse((await (await client.PostJsonAsync(url, body)).ReadAsync()).Str("id"));
        var appointment = FuzzValues.Iso(api.Clock.GetUtcNow().AddDays(3));
        var contact = await CreateAsync(callers[Caller.Admin], "/api/contacts", new { name = "Fuzz Target", phone = "07700 900321", appointmentTime = appointment });
        var group = await CreateAsync(callers[Caller.Admin], "/api/groups", new { name = "Fuzz group", contactIds = new[] { contact } });
        var otherContact = await CreateAsync(callers[Caller.OtherTenantAdmin], "/api/contacts", new { name = "Other Person", phone = "07700 900654", appointmentTime = appointment });
        var otherGroup = await CreateAsync(callers[Caller.OtherTenantAdmin], "/api/groups", new { name = "Other group" });
        const string secret = "fuzz-calcom-secret";
        var integration = await CalendarHooks.SaveAsync(api, _tenant.TenantId, CalendarProvider.CalCom, CalendarIntegrationSettings.Default, enabled: true);
        await api.Service<ISecretStore>().SetAsync(_tenant.TenantId, CalendarProvider.CalCom.WebhookSecretName(), secret, CancellationToken.None);
        return new FuzzSeeds(_tenant.TenantId, contact, group, integration, secret, _other.TenantId, otherContact, otherGroup);
    }

    /// <summary>A request that signed its caller out (a valid logout, say) is followed by signing that caller in again.</summary>
    private async Task KeepSignedInAsync(Dictionary<Caller, HttpClient> callers, FuzzRequest request, HttpResponseMessage response)
    {
        if (request.Caller is not (Caller.Admin or Caller.Staff or Caller.SuperAdmin or Caller.OtherTenantAdmin) || (int)response.StatusCode >= 300
            || (await callers[request.Caller].GetAsync("/api/me")).StatusCode != HttpStatusCode.Unauthorized)
        {
            return;
        }
        callers[request.Caller] = request.Caller switch
        {
            Caller.Admin => (await api.SignInAsync(_tenant.AdminEmail, _tenant.AdminPassword)).Client,
            Caller.OtherTenantAdmin => (await api.SignInAsync(_other.AdminEmail, _other.AdminPassword)).Client,
            Caller.SuperAdmin => (await api.SuperAdminAsync()).Client,
            _ => (await api.SignInAsync(await api.AddStaffAsync(_tenant.TenantId), TestUsers.StaffPassword)).Client,
        };
    }

    private void Report(List<(string Operation, int Status, string? Problem)> results)
    {
        output.WriteLine($"{results.Count} requests over {results.Select(r => r.Operation).Distinct().Count()} operations");
        output.WriteLine("statuses: " + string.Join(", ", results.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}: {g.Count()}")));
        foreach (var operation in results.GroupBy(r => r.Operation).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            output.WriteLine($"  {operation.Key}: {operation.Count()} ({string.Join(", ", operation.GroupBy(r => r.Status).OrderBy(g => g.Key).Select(g => $"{g.Key}x{g.Count()}"))})");
        }
    }
}
