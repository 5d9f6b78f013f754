using System.Diagnostics;
using Microsoft.Net.Http.Headers;
using VioConcierge.LocalHost.Rpc;

namespace VioConcierge.LocalHost;

/// <summary>
/// Runs an HTTP function as the Functions host does with HTTP proxying (the worker's ASP.NET Core integration): sends
/// the worker an invocation naming the function, its trigger and the route values, and forwards the request itself to
/// the worker's HTTP server tagged with the invocation id; the worker joins the two, runs its middleware and the
/// function, and answers the forwarded request. The request keeps its <c>Host</c>; the client's address is appended
/// to <c>X-Forwarded-For</c>.
/// </summary>
public sealed class HttpTriggerForwarder(WorkerChannel channel, HostAddresses addresses, ILogger<HttpTriggerForwarder> logger) : IDisposable
{
    private const string InvocationHeader = "x-ms-invocation-id";
    private static readonly HashSet<string> NotForwarded = new(StringComparer.OrdinalIgnoreCase)
    {
        HeaderNames.Connection, HeaderNames.TransferEncoding, HeaderNames.KeepAlive, HeaderNames.Upgrade, "Proxy-Connection",
    };

    /// <summary>One connection pool to the worker, without the client factory's per-request logging handlers.</summary>
    private readonly HttpMessageInvoker _worker = new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = System.Net.DecompressionMethods.None,
        ActivityHeadersPropagator = null,
    });

    public void Dispose() => _worker.Dispose();

    public async Task ForwardAsync(HttpContext context, HostedFunction function)
    {
        var invocationId = Guid.NewGuid().ToString();
        var invocation = channel.InvokeAsync(Invocation(context, function, invocationId, addresses));
        var worker = channel.WorkerHttpUri ?? throw new InvalidOperationException("The worker did not report its HTTP address.");
        using var forward = new HttpRequestMessage(new HttpMethod(context.Request.Method),
            new Uri(worker, context.Request.PathBase + context.Request.Path + context.Request.QueryString));
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            forward.Content = new StreamContent(context.Request.Body);
        }
        foreach (var (name, values) in context.Request.Headers.Where(header => !NotForwarded.Contains(header.Key)))
        {
            if (!forward.Headers.TryAddWithoutValidation(name, values.ToArray()))
            {
                forward.Content?.Headers.TryAddWithoutValidation(name, values.ToArray());
            }
        }
        forward.Headers.Remove("X-Forwarded-For");
        forward.Headers.TryAddWithoutValidation("X-Forwarded-For", ForwardedFor(context));
        forward.Headers.Add(InvocationHeader, invocationId);

        using var answer = await _worker.SendAsync(forward, context.RequestAborted);
        context.Response.StatusCode = (int)answer.StatusCode;
        foreach (var (name, values) in answer.Headers.Concat(answer.Content.Headers).Where(header => !NotForwarded.Contains(header.Key)))
        {
            context.Response.Headers[name] = values.ToArray();
        }
        await answer.Content.CopyToAsync(context.Response.Body, context.RequestAborted);

        var response = await invocation;
        if (response.Result.Status != StatusResult.Types.Status.Success)
        {
            logger.LogWarning("Function {Function} invocation {InvocationId} failed: {Failure}", function.Name, invocationId, response.Result.Exception?.Message);
        }
    }

    private static InvocationRequest Invocation(HttpContext context, HostedFunction function, string invocationId, HostAddresses addresses)
    {
        var http = new RpcHttp { Method = context.Request.Method, Url = context.Request.Path.Value ?? "/" };
        var request = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = function.Id,
            TraceContext = new RpcTraceContext { TraceParent = Activity.Current?.Id ?? "" },
        };
        foreach (var (name, value) in context.Request.RouteValues)
        {
            var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
            http.Params[name] = text;
            request.TriggerMetadata[name] = new TypedData { String = text };
        }
        request.InputData.Add(new ParameterBinding { Name = function.TriggerParameter, Data = new TypedData { Http = http } });
        addresses.BindDurableClients(function, request);
        return request;
    }

    private static string ForwardedFor(HttpContext context)
    {
        var client = context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var earlier = context.Request.Headers["X-Forwarded-For"].ToString();
        return string.IsNullOrWhiteSpace(earlier) ? client : $"{earlier}, {client}";
    }
}
