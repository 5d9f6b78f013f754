using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Headers;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Bench.Webhooks;

/// <summary>
/// Sends bodies to <c>POST /api/webhooks/retell</c> from <paramref name="senders"/> concurrent senders taking the next
/// body from a shared cursor; each is signed just before it is sent. Times each request from send to the whole
/// answer; anything but 204 is an error.
/// </summary>
public sealed class WebhookLoad(HttpClient http, string signingKey)
{
    public async Task<LoadResult> SendAsync(IReadOnlyList<byte[]> bodies, int senders, CancellationToken ct)
    {
        var latencies = new double[bodies.Count];
        var errors = new ConcurrentQueue<string>();
        var next = -1;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, senders).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count && !ct.IsCancellationRequested)
            {
                var start = Stopwatch.GetTimestamp();
                var status = await PostAsync(bodies[index], ct);
                latencies[index] = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
                if (status != 204)
                {
                    errors.Enqueue($"request {index}: {status}");
                }
            }
        }, ct)));
        return new LoadResult(bodies.Count, clock.Elapsed, new Percentiles(latencies), errors.ToArray());
    }

    private async Task<int> PostAsync(byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/webhooks/retell") { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(RetellSignature.HeaderName, RetellSignature.Sign(body, signingKey, DateTimeOffset.UtcNow.ToUnixTimeMilliseconds()));
        try
        {
            using var response = await http.SendAsync(request, ct);
            await response.Content.ReadAsByteArrayAsync(ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }
}
