using System.Net.Http.Headers;
using System.Text.Json;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>
/// A GET with a bearer token and its own timeout (told apart from the caller's cancellation), for the calendar
/// providers' typed clients. Reads only: nothing here changes anything at the provider, and nothing retries.
/// </summary>
public static class CalendarApiGet
{
    public static async Task<CalendarApiAnswer> SendAsync(
        HttpClient http, string path, string token, TimeSpan timeout, IReadOnlyDictionary<string, string> headers, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(ct);
        deadline.CancelAfter(timeout);
        try
        {
            using var response = await http.SendAsync(request, deadline.Token);
            var status = (int)response.StatusCode;
            if (!response.IsSuccessStatusCode)
            {
                return new(CalendarApiOutcome.Answered, status);
            }
            await using var body = await response.Content.ReadAsStreamAsync(deadline.Token);
            using var json = await JsonDocument.ParseAsync(body, cancellationToken: deadline.Token);
            return new(CalendarApiOutcome.Answered, status, json.RootElement.Clone());
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            return new(CalendarApiOutcome.TimedOut);
        }
        catch (Exception error) when (error is HttpRequestException or IOException or JsonException)
        {
            return new(CalendarApiOutcome.Unreachable);
        }
    }
}
