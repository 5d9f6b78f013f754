using System.Collections.Concurrent;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// Retell faked at its HTTP boundary: a real Kestrel server on a random loopback port that records every request
/// (method, path, Authorization, body) and answers as scripted, by default with providers.md's documented shapes:
/// create-phone-call 201 with a registered call object, get-call 404, stop-call 200. A scripted delay holds the answer
/// until the client gives up (timeouts). The calendar tests (CalendarApiFixture) use it as Cal.com's and Calendly's API
/// too, scripting every answer (their paths get the 404 default otherwise).
/// </summary>
public sealed class RetellStub : IAsyncDisposable
{
    private readonly WebApplication _app;
    private int _calls;

    private RetellStub(WebApplication app) => _app = app;

    public string BaseUrl => _app.Urls.First();

    public ConcurrentQueue<StubRequest> Requests { get; } = new();

    /// <summary>The scripted answer; null answers by default.</summary>
    public Func<StubRequest, StubAnswer?>? Answer { get; set; }

    public static async Task<RetellStub> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var stub = new RetellStub(builder.Build());
        ((IApplicationBuilder)stub._app).Run(stub.HandleAsync);
        await stub._app.StartAsync();
        return stub;
    }

    public StubRequest[] Creates() => Requests.Where(r => r.Path == "/v2/create-phone-call").ToArray();

    public void Reset()
    {
        Requests.Clear();
        Answer = null;
    }

    private async Task HandleAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var request = new StubRequest(context.Request.Method, context.Request.Path.Value ?? "", context.Request.Headers.Authorization.ToString(),
            context.Request.ContentType, await reader.ReadToEndAsync(), context.Request.Headers["cal-api-version"].FirstOrDefault());
        Requests.Enqueue(request);
        var answer = Answer?.Invoke(request) ?? Default(request);
        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        context.Response.StatusCode = answer.Status;
        if (answer.Json is { } json)
        {
            context.Response.ContentType = "application/json";
            await context.Response.WriteAsync(json);
        }
    }

    private StubAnswer Default(StubRequest request) => request.Path switch
    {
        "/v2/create-phone-call" => new StubAnswer(201, RegisteredCall($"call_{Interlocked.Increment(ref _calls):D4}", request)),
        var path when path.StartsWith("/v2/stop-call/", StringComparison.Ordinal) => new StubAnswer(200),
        _ => new StubAnswer(404, """{"status":"error","message":"Not found"}"""),
    };

    /// <summary>create-phone-call's 2xx answer: the call object, registered, echoing the request's fields.</summary>
    public static string RegisteredCall(string callId, StubRequest request)
    {
        using var body = JsonDocument.Parse(request.Body);
        var root = body.RootElement;
        return JsonSerializer.Serialize(new Dictionary<string, object?>
        {
            ["call_id"] = callId,
            ["call_type"] = "phone_call",
            ["agent_id"] = root.GetProperty("override_agent_id").GetString(),
            ["call_status"] = "registered",
            ["direction"] = "outbound",
            ["from_number"] = root.GetProperty("from_number").GetString(),
            ["to_number"] = root.GetProperty("to_number").GetString(),
            ["metadata"] = root.GetProperty("metadata").Clone(),
            ["retell_llm_dynamic_variables"] = root.GetProperty("retell_llm_dynamic_variables").Clone(),
        });
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
