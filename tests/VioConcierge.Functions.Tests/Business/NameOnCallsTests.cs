using System.Net;
using VioConcierge.Functions.Tests.Integrations;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Business;

/// <summary>The name the voice agent says (Retell's <c>business_name</c> dynamic variable) comes from the business profile.</summary>
[Collection(RetellCollection.Name)]
public sealed class NameOnCallsTests(RetellApiFixture api)
{
    private async Task<string> SpokenNameAsync(TenantSession t, string phone)
    {
        api.Stub.Reset();
        var contact = await t.CreateContactAsync(new { name = "Rita Reminder", phone, appointmentTime = t.InDays(3) });
        var response = await t.Client.PostAsync($"/api/contacts/{contact.Str("id")}/call", null);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        await api.RunDueWorkAsync();
        return Assert.Single(api.Stub.Creates()).Json.GetProperty("retell_llm_dynamic_variables").Str("business_name");
    }

    [Fact]
    public async Task Calls_SayTheTradingName_AndTheLegalNameWhenThereIsNone()
    {
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync();
        var trading = $"Smile Bright {BusinessProfileTests.Suffix()}";

        Assert.Equal(t.Tenant.Name, await SpokenNameAsync(t, "07700 900301"));
        Assert.Equal(HttpStatusCode.OK, (await t.Client.PatchProfileAsync(new { tradingName = trading })).StatusCode);
        Assert.Equal(trading, await SpokenNameAsync(t, "07700 900302"));
        Assert.Equal(HttpStatusCode.OK, (await t.Client.PatchProfileAsync(new { tradingName = "", legalName = $"Renamed {trading}" })).StatusCode);
        Assert.Equal($"Renamed {trading}", await SpokenNameAsync(t, "07700 900303"));
    }
}
