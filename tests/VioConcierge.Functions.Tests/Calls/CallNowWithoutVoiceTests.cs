using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

[Collection(ApiCollection.Name)]
public sealed class CallNowWithoutVoiceTests(ApiFixture api)
{
    [Fact]
    public async Task CallNow_WithNoVoiceProviderConfigured_NamesTheFirstCheck()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("Vera Voiceless")).Str("id");

        var response = await t.Client.PostAsync($"/api/contacts/{id}/call", null);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("voice_not_configured", (await response.ReadAsync()).Str("check"));
    }
}
