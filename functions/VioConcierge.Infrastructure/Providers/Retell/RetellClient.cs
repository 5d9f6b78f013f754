using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;

namespace VioConcierge.Infrastructure.Providers.Retell;

/// <summary>
/// Typed HTTP client of Retell's API (<c>Retell:BaseUrl</c>), with the key passed per call (tenants have their own).
/// Nothing here retries: a create-phone-call that times out may have dialled, so the caller settles it by looking
/// the call up or waiting for its webhook. Each request has its own timeout, told apart from the caller's cancellation.
/// </summary>
public sealed class RetellClient(HttpClient http, IOptions<RetellOptions> options)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull,
    };

    public Task<RetellResponse<RetellCall>> CreatePhoneCallAsync(string apiKey, RetellCreateCall call, CancellationToken ct) =>
        SendAsync<RetellCall>(HttpMethod.Post, "v2/create-phone-call", apiKey, new StringContent(JsonSerializer.Serialize(call, Json), Encoding.UTF8, "application/json"), options.Value.CreateCallTimeout, true, ct);

    public Task<RetellResponse<RetellCall>> GetCallAsync(string apiKey, string callId, CancellationToken ct) =>
        SendAsync<RetellCall>(HttpMethod.Get, $"v2/get-call/{Uri.EscapeDataString(callId)}", apiKey, null, options.Value.RequestTimeout, true, ct);

    public Task<RetellResponse<JsonElement>> StopCallAsync(string apiKey, string callId, CancellationToken ct) =>
        SendAsync<JsonElement>(HttpMethod.Post, $"v2/stop-call/{Uri.EscapeDataString(callId)}", apiKey, null, options.Value.RequestTimeout, false, ct);

    private async Task<RetellResponse<T>> SendAsync<T>(
        HttpMethod method, string path, string apiKey, HttpContent? content, TimeSpan timeout, bool readBody, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, path) { Content = content };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiKey);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, deadline.Token);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode || !readBody)
            {
                return new(RetellTransport.Answered, status);
            }
            var value = await response.Content.ReadFromJsonAsync<T>(Json, deadline.Token);
            return new(RetellTransport.Answered, status, value);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(RetellTransport.TimedOut);
        }
        catch (HttpRequestException error) when (error.HttpRequestError is HttpRequestError.NameResolutionError
            or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            return new(RetellTransport.NotSent);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or JsonException)
        {
            return new(RetellTransport.AnswerLost);
        }
    }
}
