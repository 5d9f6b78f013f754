using System.Net.Http.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Business;

/// <summary>Requests to <c>/api/settings/business</c>, with an If-Match when given.</summary>
public static class BusinessProfileRequests
{
    public const string Url = "/api/settings/business";

    public static Task<HttpResponseMessage> PatchProfileAsync(this HttpClient client, object body, string? ifMatch = null, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Patch, Url) { Content = JsonContent.Create(body) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }
        return client.SendAsync(request);
    }

    public static async Task<System.Text.Json.JsonElement> ProfileAsync(this HttpClient client) => await (await client.GetAsync(Url)).ReadAsync();
}
