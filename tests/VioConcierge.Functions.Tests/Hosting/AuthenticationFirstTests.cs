using System.Net;
using System.Text;
using Microsoft.AspNetCore.Routing.Patterns;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>
/// An anonymous caller learns nothing about a protected route's body rules: whatever it sends (wrong content type,
/// malformed JSON, a body over the limit), every route that needs a signed-in user answers 401 first.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class AuthenticationFirstTests(ApiFixture api)
{
    private const int OverTheDefaultLimit = 1024 * 1024 + 1;

    [Fact]
    public async Task EveryProtectedRouteWithABody_Anonymous_Is401WhateverTheBody()
    {
        var routes = ProtectedRoutesWithBodies();
        var client = api.Anonymous();
        var wrong = new List<string>();

        foreach (var (method, url) in routes)
        {
            foreach (var (kind, content) in Bodies())
            {
                var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), url) { Content = content });
                if (response.StatusCode != HttpStatusCode.Unauthorized)
                {
                    wrong.Add($"{method} {url} ({kind}): {(int)response.StatusCode}");
                }
            }
        }

        Assert.True(routes.Count >= 20, $"only {routes.Count} protected routes with bodies found");
        Assert.Empty(wrong);
    }

    [Theory]
    [InlineData("/api/contacts")]
    [InlineData("/api/contacts/import")]
    public async Task SignedIn_WrongContentType_Is415(string url)
    {
        var tenant = await TenantSession.StartAsync(api);

        var response = await tenant.Client.PostAsync(url, new StringContent("name=x", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static IEnumerable<(string Kind, HttpContent Content)> Bodies()
    {
        yield return ("text/plain", new StringContent("name=x", Encoding.UTF8, "text/plain"));
        yield return ("malformed JSON", new StringContent("{\"name\":", Encoding.UTF8, "application/json"));
        yield return ("over the size limit", new ByteArrayContent(new byte[OverTheDefaultLimit]) { Headers = { ContentType = new("application/json") } });
    }

    private static List<(string Method, string Url)> ProtectedRoutesWithBodies() =>
        FunctionCatalog.Http
            .Where(function => !function.IsAnonymous)
            .SelectMany(function => function.HttpMethods
                .Where(method => method is "POST" or "PUT" or "PATCH")
                .Select(method => (method, Url(RoutePatternFactory.Parse(function.Route!)))))
            .ToList();

    private static string Url(Microsoft.AspNetCore.Routing.Patterns.RoutePattern pattern) =>
        "/" + string.Join('/', pattern.PathSegments.Select(segment => string.Concat(segment.Parts.Select(part => part switch
        {
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternLiteralPart literal => literal.Content,
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart { Name: "provider" } => "calcom",
            Microsoft.AspNetCore.Routing.Patterns.RoutePatternParameterPart => Guid.NewGuid().ToString(),
            _ => "",
        }))));
}
