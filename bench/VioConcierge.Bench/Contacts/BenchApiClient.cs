using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Typed client of the host's HTTP API (registered with <c>AddHttpClient</c>, loopback only): sign-in, tenant
/// creation, and timed requests. Request bodies are serialized before the clock starts.
/// </summary>
public sealed class BenchApiClient(HttpClient http)
{
    public void UseToken(string accessToken) => http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);

    /// <summary>Signs in; returns the access token and the user's tenant (null for a super admin).</summary>
    public async Task<(string AccessToken, Guid? TenantId)> SignInAsync(string email, string password, CancellationToken ct)
    {
        var response = (await SendAsync(Json(HttpMethod.Post, "/api/auth/login", new { email, password }), ct)).Expect(200, "sign-in");
        using var json = response.Json();
        var user = json.RootElement.GetProperty("user");
        var tenant = user.GetProperty("tenantId");
        return (json.RootElement.GetProperty("accessToken").GetString()!, tenant.ValueKind == JsonValueKind.Null ? null : tenant.GetGuid());
    }

    /// <summary>Creates a tenant with a generated admin password (needs a super admin token).</summary>
    public async Task<Guid> CreateTenantAsync(string name, string businessType, string adminEmail, CancellationToken ct)
    {
        var body = new { name, businessType, admin = new { fullName = $"{name} Admin", email = adminEmail } };
        var response = (await SendAsync(Json(HttpMethod.Post, "/api/admin/tenants", body), ct)).Expect(201, $"create tenant {name}");
        using var json = response.Json();
        return json.RootElement.GetProperty("tenant").GetProperty("id").GetGuid();
    }

    public async Task<TimedResponse> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        using (request)
        {
            var start = Stopwatch.GetTimestamp();
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsByteArrayAsync(ct);
            return new TimedResponse((int)response.StatusCode, Stopwatch.GetElapsedTime(start).TotalMilliseconds, body);
        }
    }

    public static HttpRequestMessage Json(HttpMethod method, string path, object body) => new(method, path)
    {
        Content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, JsonSerializerOptions.Web))
        {
            Headers = { ContentType = new MediaTypeHeaderValue("application/json") },
        },
    };
}
