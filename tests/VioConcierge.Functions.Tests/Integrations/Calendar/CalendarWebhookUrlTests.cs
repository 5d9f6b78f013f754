using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Configuration;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Integrations;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

/// <summary>The webhook URL a tenant pastes into Cal.com or Calendly: on <c>PublicBaseUrl</c> when the host sits behind a proxy.</summary>
public sealed class CalendarWebhookUrlTests
{
    private static readonly Guid IntegrationId = Guid.Parse("01a20135-ad16-774b-aa88-ba9790fdeb0d");

    private static string UrlFor(string? publicBaseUrl, CalendarProvider provider = CalendarProvider.Calendly)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [CalendarWebhookUrl.PublicBaseUrlKey] = publicBaseUrl })
            .Build();
        var context = new DefaultHttpContext();
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("10.0.0.4", 8080);
        context.Request.PathBase = "/internal";
        return new CalendarWebhookUrl(configuration).For(provider, IntegrationId, context.Request);
    }

    [Theory]
    [InlineData("https://hooks.vioconcierge.co.uk", "https://hooks.vioconcierge.co.uk/api/webhooks/calendly/01a20135-ad16-774b-aa88-ba9790fdeb0d")]
    [InlineData(" https://hooks.vioconcierge.co.uk/ ", "https://hooks.vioconcierge.co.uk/api/webhooks/calendly/01a20135-ad16-774b-aa88-ba9790fdeb0d")]
    [InlineData("https://vioconcierge.co.uk/app", "https://vioconcierge.co.uk/app/api/webhooks/calendly/01a20135-ad16-774b-aa88-ba9790fdeb0d")]
    public void Configured_PublicBaseUrl_IsUsed_NotTheInternalAddress(string publicBaseUrl, string expected) =>
        Assert.Equal(expected, UrlFor(publicBaseUrl));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Unset_FallsBackToTheRequestsOwnAddress(string? publicBaseUrl) =>
        Assert.Equal("http://10.0.0.4:8080/internal/api/webhooks/calcom/01a20135-ad16-774b-aa88-ba9790fdeb0d", UrlFor(publicBaseUrl, CalendarProvider.CalCom));
}
