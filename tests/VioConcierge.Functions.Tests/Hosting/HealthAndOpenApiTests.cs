using System.Net;
using Microsoft.AspNetCore.Routing;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

[Collection(ApiCollection.Name)]
public sealed class HealthAndOpenApiTests(ApiFixture api)
{
    [Fact]
    public async Task Health_LiveAndReady_Are200OnceMigrated()
    {
        var client = api.Anonymous();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health/live")).StatusCode);
        var ready = await client.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task OpenApi_DescribesEveryApiRoute()
    {
        var document = await (await api.Anonymous().GetAsync("/openapi/v1.json")).ReadAsync();
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToHashSet();
        var routes = api.Service<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(endpoint => "/" + endpoint.RoutePattern.RawText!.Trim('/'))
            .Where(route => route.StartsWith("/api/", StringComparison.Ordinal))
            .Select(route => System.Text.RegularExpressions.Regex.Replace(route, ":[a-z]+}", "}"))
            .ToHashSet();

        Assert.NotEmpty(routes);
        Assert.Empty(routes.Except(paths));
        Assert.True(document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _));
    }
}
