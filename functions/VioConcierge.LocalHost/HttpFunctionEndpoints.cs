using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Extensions.Primitives;

namespace VioConcierge.LocalHost;

/// <summary>
/// The HTTP functions the worker loaded, as routing endpoints under the app's route prefix (<c>host.json</c>
/// <c>extensions.http.routePrefix</c>, <c>api</c> when absent), each forwarding to the worker. ASP.NET Core routing
/// matches them as the Functions host does: constraints (<c>{id:guid}</c>), literal routes before parameters before
/// catch-alls, methods per function.
/// </summary>
public sealed class HttpFunctionEndpoints : EndpointDataSource
{
    private CancellationTokenSource _changed = new();
    private IReadOnlyList<Endpoint> _endpoints = [];

    public override IReadOnlyList<Endpoint> Endpoints => _endpoints;

    public override IChangeToken GetChangeToken() => new CancellationChangeToken(_changed.Token);

    public void Serve(IEnumerable<HostedFunction> functions, string routePrefix, Func<HttpContext, HostedFunction, Task> forward)
    {
        _endpoints = functions.Where(function => function.IsHttp).Select(function =>
        {
            var route = string.IsNullOrEmpty(routePrefix) ? function.Route! : $"{routePrefix}/{function.Route}";
            var builder = new RouteEndpointBuilder(context => forward(context, function), RoutePatternFactory.Parse(route), order: 0)
            {
                DisplayName = function.Name,
            };
            if (function.Methods.Count > 0)
            {
                builder.Metadata.Add(new HttpMethodMetadata(function.Methods));
            }
            builder.Metadata.Add(function);
            return builder.Build();
        }).ToList();
        var served = _changed;
        _changed = new CancellationTokenSource();
        served.Cancel();
    }
}
