using System.Net.Http.Headers;
using Microsoft.Extensions.Options;
using VioConcierge.Application.Webhooks.Retell;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Functions.VoiceSimulator;

/// <summary>
/// Posts the simulator's webhooks over real HTTP to the Retell webhook URL, signed with the platform key, each at its
/// due time (events of one call in order). A delivery that fails is retried three times a second apart, as Retell
/// does, then logged; the sender itself never stops on an error.
/// </summary>
public sealed class VoiceSimulatorSender(
    SimulatedVoiceProvider simulator,
    IHttpClientFactory clients,
    IConfiguration configuration,
    IOptions<VoiceSimulatorOptions> options,
    TimeProvider time,
    ILogger<VoiceSimulatorSender> logger) : BackgroundService
{
    public const string ClientName = "voice-simulator";
    private const int Deliveries = 4;

    private readonly PriorityQueue<SimulatedEvent, (DateTimeOffset, long)> _due = new();
    private long _sequence;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!VoiceSimulatorSetup.IsSelected(configuration))
        {
            return;
        }
        var reader = simulator.Events;
        while (!stoppingToken.IsCancellationRequested)
        {
            while (reader.TryRead(out var scheduled))
            {
                _due.Enqueue(scheduled, (scheduled.DueAt, _sequence++));
            }
            if (_due.TryPeek(out var next, out _) && next.DueAt <= time.GetUtcNow())
            {
                await SendAsync(_due.Dequeue(), stoppingToken);
                continue;
            }
            var wait = _due.TryPeek(out next, out _) ? next.DueAt - time.GetUtcNow() : Timeout.InfiniteTimeSpan;
            using var sleep = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var delay = Task.Delay(wait, time, sleep.Token);
            await Task.WhenAny(reader.WaitToReadAsync(stoppingToken).AsTask(), delay);
            await sleep.CancelAsync();
        }
    }

    private async Task SendAsync(SimulatedEvent scheduled, CancellationToken ct)
    {
        var call = scheduled.Call;
        if (scheduled.Event == RetellWebhook.CallStarted)
        {
            if (!call.Script.Connected)
            {
                return;
            }
            call.StartedAt = scheduled.DueAt;
        }
        else
        {
            call.EndedAt ??= scheduled.DueAt;
        }
        var body = RetellEventBody.Build(call, scheduled.Event, time.GetUtcNow());
        for (var delivery = 1; delivery <= Deliveries && !ct.IsCancellationRequested; delivery++)
        {
            if (await PostAsync(body, ct) is var status && status is >= 200 and < 300)
            {
                break;
            }
            logger.LogWarning("Simulated {Event} for call {CallId}: delivery {Delivery} answered {Status}", scheduled.Event, call.CallId, delivery, status);
            await Task.Delay(TimeSpan.FromSeconds(1), time, ct);
        }
        if (scheduled.Event == RetellWebhook.CallEnded)
        {
            call.MarkEnded();
        }
    }

    /// <summary>Posts one signed body; the status code, or 0 when the request failed.</summary>
    private async Task<int> PostAsync(byte[] body, CancellationToken ct)
    {
        var key = configuration[RetellSigningKeys.PlatformKeySetting]
            ?? throw new InvalidOperationException($"The voice simulator signs with {RetellSigningKeys.PlatformKeySetting}, which is not set.");
        using var request = new HttpRequestMessage(HttpMethod.Post, WebhookUrl()) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(RetellSignature.HeaderName, RetellSignature.Sign(body, key, time.GetUtcNow().ToUnixTimeMilliseconds()));
        try
        {
            using var response = await clients.CreateClient(ClientName).SendAsync(request, ct);
            return (int)response.StatusCode;
        }
        catch (HttpRequestException exception)
        {
            logger.LogWarning("Simulated webhook post failed: {Error}", exception.Message);
            return 0;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning("Simulated webhook post timed out");
            return 0;
        }
    }

    /// <summary>
    /// <c>Voice:Simulator:WebhookUrl</c>, else the app's own Retell webhook route on <c>WEBSITE_HOSTNAME</c>, the host
    /// name the Functions host (and the development host) gives the app.
    /// </summary>
    private Uri WebhookUrl()
    {
        if (options.Value.WebhookUrl is { Length: > 0 } configured)
        {
            return new Uri(configured);
        }
        var host = configuration[VoiceSimulatorOptions.HostNameSetting]
            ?? throw new InvalidOperationException($"Neither Voice:Simulator:WebhookUrl nor {VoiceSimulatorOptions.HostNameSetting} says where this app is served.");
        return new Uri($"http://{host}/api/webhooks/retell");
    }
}
