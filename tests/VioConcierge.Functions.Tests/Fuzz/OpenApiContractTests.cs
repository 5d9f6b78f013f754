using System.Net;
using System.Text.Json.Nodes;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Fuzz;

/// <summary>
/// The OpenAPI document against the running host: every route is in it and every path in it is a route; a property
/// it marks required is refused (400 naming it) when left out, and one it leaves optional never is. (Either-or fields,
/// such as a bulk action's ids or filter, are optional each and explained in the operation's description.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiContractTests(ApiFixture api)
{
    [Fact]
    public async Task EveryHttpFunctionIsDocumented_AndEveryDocumentedPathIsAFunction()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var documented = ApiOperation.All(document).Select(o => o.Key).ToHashSet();
        var functions = api.Factory.Functions.Where(function => function.IsHttp).Select(function => function.Name).ToHashSet();
        var routes = FunctionCatalog.Http
            .Where(function => functions.Contains(function.Name) && function.Method.GetCustomAttributes(typeof(NotDocumentedAttribute), false).Length == 0)
            .SelectMany(function => function.HttpMethods.Select(m =>
                $"{m} /{System.Text.RegularExpressions.Regex.Replace(function.Route!.Trim('/'), ":[a-z]+}", "}")}"))
            .ToHashSet();

        Assert.Empty(routes.Except(documented));
        Assert.Empty(documented.Except(routes));
    }

    [Fact]
    public async Task RequiredMeansRequired_OnEveryCreateAndUpdateBody()
    {
        var document = JsonNode.Parse(await api.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var operations = ApiOperation.All(document).ToDictionary(o => o.Key);
        var root = await api.SuperAdminAsync();
        var t = await TenantSession.StartAsync(api);
        var contact = (await t.CreateContactAsync("Sam Patel")).Str("id");
        var group = (await (await t.Client.PostJsonAsync("/api/groups", new { name = "Contract group" })).ReadAsync()).Str("id");
        var wrong = new List<string>();

        foreach (var (key, client, url, body) in Examples(root.Client, t, contact, group))
        {
            var operation = operations[key];
            var required = operation.Body!["required"]?.AsArray().Select(n => n!.GetValue<string>()).ToHashSet() ?? [];
            var valid = await client.SendAsync(Message(operation.Method, url, body()));
            Assert.True(valid.IsSuccessStatusCode, $"{key} example: {(int)valid.StatusCode} {await valid.Content.ReadAsStringAsync()}");
            foreach (var property in body().Select(p => p.Key))
            {
                var without = body();
                without.Remove(property);
                var response = await client.SendAsync(Message(operation.Method, url, without));
                var refusedForIt = response.StatusCode == HttpStatusCode.BadRequest && await NamesAsync(response, property);
                if (refusedForIt != required.Contains(property))
                {
                    wrong.Add($"{key} without {property}: {(int)response.StatusCode}, documented {(required.Contains(property) ? "required" : "optional")}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));
    }

    private IEnumerable<(string Key, HttpClient Client, string Url, Func<JsonObject> Body)> Examples(HttpClient root, TenantSession t, string contact, string group)
    {
        string Unique(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 8)];
        yield return ("POST /api/auth/login", api.Anonymous(), "/api/auth/login",
            () => new JsonObject { ["email"] = ApiFixture.SuperAdminEmail, ["password"] = ApiFixture.SuperAdminPassword, ["totpCode"] = api.NextTotpCode(ApiFixture.SuperAdminEmail) });
        yield return ("POST /api/admin/tenants", root, "/api/admin/tenants", () => new JsonObject
        {
            ["name"] = "Contract " + Unique("T"), ["businessType"] = "salon", ["timezone"] = "Europe/London",
            ["admin"] = new JsonObject { ["fullName"] = "Jane Doe", ["email"] = Unique("a") + "@contract.test", ["jobTitle"] = "Owner" },
        });
        yield return ("POST /api/contacts", t.Client, "/api/contacts", () => new JsonObject
        {
            ["name"] = "Ann Jones", ["phone"] = "07700 900777", ["email"] = Unique("c") + "@contract.test", ["appointmentTime"] = t.InDays(4),
            ["notes"] = "Ring twice", ["callBeforeHours"] = 24, ["priority"] = "normal",
        });
        yield return ("PATCH /api/contacts/{id}", t.Client, $"/api/contacts/{contact}", () => new JsonObject { ["ownerName"] = "Dr Smith", ["notes"] = "Updated" });
        yield return ("POST /api/contacts/{id}/status", t.Client, $"/api/contacts/{contact}/status", () => new JsonObject { ["status"] = "pending", ["reason"] = "Back to pending." });
        yield return ("POST /api/groups", t.Client, "/api/groups", () => new JsonObject { ["name"] = Unique("G"), ["description"] = "Mornings" });
        yield return ("PATCH /api/groups/{id}", t.Client, $"/api/groups/{group}", () => new JsonObject { ["description"] = "Evenings" });
        yield return ("POST /api/groups/{id}/members", t.Client, $"/api/groups/{group}/members", () => new JsonObject { ["contactIds"] = new JsonArray(contact) });
        yield return ("POST /api/do-not-call", t.Client, "/api/do-not-call", () => new JsonObject { ["phone"] = $"07400 9{Random.Shared.Next(10000, 99999)}", ["reason"] = "Asked not to be called" });
        yield return ("POST /api/contacts/{id}/opt-out", t.Client, $"/api/contacts/{contact}/opt-out", () => new JsonObject { ["optedOut"] = false });
        yield return ("PUT /api/settings/compliance", t.Client, "/api/settings/compliance", () => new JsonObject { ["hipaaMode"] = false, ["complianceLevel"] = "standard", ["phiDetection"] = true, ["phiAction"] = "warn" });
        yield return ("PUT /api/settings/calls", t.Client, "/api/settings/calls", () => new JsonObject { ["windowStart"] = "08:00:00", ["windowEnd"] = "20:00:00", ["retryCutoff"] = "02:00:00" });
        yield return ("PATCH /api/me", t.Client, "/api/me", () => new JsonObject { ["fullName"] = "Jane Doe", ["jobTitle"] = "Manager" });
        yield return ($"POST /api/admin/tenants/{{tenantId}}/status", root, $"/api/admin/tenants/{t.Tenant.TenantId}/status",
            () => new JsonObject { ["newStatus"] = "paused", ["justification"] = "Checking the contract of this operation." });
    }

    private static async Task<bool> NamesAsync(HttpResponseMessage response, string field) =>
        (await response.ReadAsync()).TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _);

    private static HttpRequestMessage Message(string method, string url, JsonObject body) =>
        new(new HttpMethod(method), url) { Content = new StringContent(body.ToJsonString(), System.Text.Encoding.UTF8, "application/json") };
}
