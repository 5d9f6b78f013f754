using System.Collections.Concurrent;
using System.Text.Json;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// Retell's side of the calls a test's app places: each create the stub accepts gets a fresh call id, and the call ends
/// confirmed <paramref name="callLength"/> later, reported by signed <c>call_ended</c> and <c>call_analyzed</c> webhooks
/// to the app process then running (<see cref="App"/>). A delivery that gets no 2xx (the process is dead or starting)
/// is made again, as Retell retries.
/// </summary>
public sealed class RetellReports(RetellApiFixture api, TimeSpan callLength)
{
    private static readonly TimeSpan CreateDelay = TimeSpan.FromMilliseconds(300);
    private readonly ConcurrentDictionary<string, (Guid TenantId, Guid SessionId, DateTime DialledAt)> _calls = new();
    private readonly ConcurrentDictionary<string, bool> _reported = new();
    private readonly TaskCompletionSource _dialledEnough = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _enough = int.MaxValue;

    /// <summary>The running app process and how far its clock is ahead of the tests' (for the signatures' timestamps).</summary>
    public (Uri BaseAddress, TimeSpan Later)? App { get; set; }

    /// <summary>How many times each call session was dialled.</summary>
    public IReadOnlyDictionary<Guid, int> DialsBySession() =>
        _calls.Values.GroupBy(call => call.SessionId).ToDictionary(group => group.Key, group => group.Count());

    public int Dialled => _calls.Count;

    /// <summary>
    /// Completes when create number <paramref name="count"/> arrives, before it is answered: that call is in flight,
    /// dialled by the app and not yet answered, for <see cref="CreateDelay"/>.
    /// </summary>
    public Task DialledAsync(int count)
    {
        _enough = count;
        return _dialledEnough.Task;
    }

    /// <summary>Answers creates as Retell does, each after <see cref="CreateDelay"/>, so calls are in flight when a process dies.</summary>
    public void AnswerCreates() => api.Stub.Answer = request =>
    {
        if (request.Path != "/v2/create-phone-call")
        {
            return null;
        }
        var callId = $"call_{Guid.NewGuid():N}";
        using var body = JsonDocument.Parse(request.Body);
        var metadata = body.RootElement.GetProperty("metadata");
        _calls[callId] = (Guid.Parse(metadata.GetProperty(RetellMetadata.TenantId).GetString()!),
            Guid.Parse(metadata.GetProperty(RetellMetadata.CallSessionId).GetString()!), DateTime.UtcNow);
        if (_calls.Count >= _enough)
        {
            _dialledEnough.TrySetResult();
        }
        return new StubAnswer(201, RetellStub.RegisteredCall(callId, request), CreateDelay);
    };

    /// <summary>Reports every call that has ended and is not reported yet, every 200 ms, until cancelled.</summary>
    public async Task RunAsync(CancellationToken ct)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        while (!ct.IsCancellationRequested)
        {
            var ended = DateTime.UtcNow - callLength;
            foreach (var (callId, call) in _calls.Where(call => call.Value.DialledAt <= ended && !_reported.ContainsKey(call.Key)).ToArray())
            {
                if (App is { } app && await DeliveredAsync(client, app, RetellEvents.Body("call_ended", callId, call.TenantId, call.SessionId))
                    && await DeliveredAsync(client, app, RetellEvents.Body("call_analyzed", callId, call.TenantId, call.SessionId)))
                {
                    _reported[callId] = true;
                }
            }
            await Task.Delay(200, CancellationToken.None);
        }
    }

    private async Task<bool> DeliveredAsync(HttpClient client, (Uri BaseAddress, TimeSpan Later) app, string body)
    {
        try
        {
            var signature = RetellEvents.Sign(body, api.Clock.GetUtcNow() + app.Later, RetellApiFixture.PlatformKey);
            using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(app.BaseAddress, RetellEvents.Url));
            request.Content = new StringContent(body, System.Text.Encoding.UTF8, "application/json");
            request.Headers.TryAddWithoutValidation(RetellSignature.HeaderName, signature);
            using var response = await client.SendAsync(request);
            return response.IsSuccessStatusCode;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }
}
