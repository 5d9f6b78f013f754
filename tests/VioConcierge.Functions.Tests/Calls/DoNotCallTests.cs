using System.Net;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

[Collection(VoiceCollection.Name)]
public sealed class DoNotCallTests(VoiceApiFixture api)
{
    [Fact]
    public async Task NumberOnTheList_StopsItsReminderAndRefusesCallNow_UntilRemoved()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("Dee Notcall", "07700 900555", days: 4)).Str("id");
        await api.RunDueWorkAsync();

        var added = await t.Client.PostJsonAsync("/api/do-not-call", new { phone = "+44 7700 900555", reason = "Asked on the phone" });
        var duplicate = await t.Client.PostJsonAsync("/api/do-not-call", new { phone = "07700900555" });
        await api.RunDueWorkAsync();
        var callNow = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
        var timeline = await (await t.Client.GetAsync($"/api/contacts/{id}/calls")).ReadAsync();

        Assert.Equal(HttpStatusCode.Created, added.StatusCode);
        Assert.Equal("+447700900555", (await added.ReadAsync()).Str("phone"));
        Assert.Equal(HttpStatusCode.Conflict, duplicate.StatusCode);
        Assert.Equal("do_not_call", (await callNow.ReadAsync()).Str("check"));
        Assert.Equal("do_not_call", timeline.GetProperty("reminder").Str("doneReason"));
        Assert.Equal(HttpStatusCode.NoContent, (await t.Client.DeleteAsync("/api/do-not-call/07700%20900555")).StatusCode);
        Assert.Empty((await (await t.Client.GetAsync("/api/do-not-call")).ReadAsync()).EnumerateArray());
    }

    [Fact]
    public async Task OptOut_StopsTheContactsReminder_AndBadInputIsRefused()
    {
        api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var id = (await t.CreateContactAsync("Otto Optout", "07700 900556", days: 4)).Str("id");

        var optOut = await t.Client.PostJsonAsync($"/api/contacts/{id}/opt-out", new { optedOut = true });
        var missing = await t.Client.PostJsonAsync($"/api/contacts/{id}/opt-out", new { });
        var badPhone = await t.Client.PostJsonAsync("/api/do-not-call", new { phone = "12345" });
        await api.RunDueWorkAsync();

        Assert.Equal(HttpStatusCode.OK, optOut.StatusCode);
        Assert.NotEmpty((await missing.ReadAsync()).Errors("optedOut"));
        Assert.NotEmpty((await badPhone.ReadAsync()).Errors("phone"));
        Assert.Equal("do_not_call", (await (await t.Client.GetAsync($"/api/contacts/{id}/calls")).ReadAsync()).GetProperty("reminder").Str("doneReason"));
    }
}
