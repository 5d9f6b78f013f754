using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>
/// The "done when" path, end to end through the voice simulator's signed webhooks: a number that never answers
/// runs its reminder out of attempts, which puts an item in the admin's feed and sends the email their (default)
/// preferences ask for, once.
/// </summary>
[Collection(SimulatorCollection.Name)]
public sealed class AttemptsExhaustedFlowTests(SimulatorApiFixture api)
{
    [Fact]
    public async Task NoAnswerUntilTheAttemptsRunOut_PutsAnItemInTheAdminsFeed_AndEmailsThem()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = Guid.Parse((await t.CreateContactAsync(new
        {
            name = "Nina Noanswer", phone = "07700 900104", appointmentTime = tuesday.AddDays(3).AddHours(4).ToString("O"),
        })).Str("id"));
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo((await CallsAsync(t, contact)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());

        var placed = new List<Guid>();
        for (var attempt = 1; attempt <= 3; attempt++) // the first call and the default two retries
        {
            await api.RunDueWorkAsync();
            var calls = (await CallsAsync(t, contact)).GetProperty("calls").EnumerateArray().Select(call => call.GetProperty("id").GetGuid());
            var call = Assert.Single(calls.Except(placed));
            placed.Add(call);
            Assert.Equal(2, await api.ReceiptsAsync(call, 2));
            await api.RunDueWorkAsync();
            api.Clock.Advance(TimeSpan.FromHours(2));
        }
        await api.RunDueWorkAsync();
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);

        Assert.Equal("attempts_exhausted", (await CallsAsync(t, contact)).GetProperty("reminder").Str("doneReason"));
        var item = (await admin.FeedAsync()).Items().Single();
        Assert.Equal(("attempts_exhausted", "Reminder calls ran out of attempts", $"/contacts/{contact}"),
            (item.Str("type"), item.Str("title"), item.Str("actionUrl")));
        var mail = Assert.Single(await TestMailServer.Shared.WaitForAsync(t.Tenant.AdminEmail));
        Assert.Equal($"{t.Tenant.Name}: Reminder calls ran out of attempts", mail.Subject);
        Assert.Contains(item.Str("message"), mail.TextBody, StringComparison.Ordinal);
        Assert.Contains($"/contacts/{contact}", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", mail.TextBody + mail.HtmlBody, StringComparison.Ordinal);
    }

    private async Task<JsonElement> CallsAsync(TenantSession t, Guid contact)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var response = await admin.Client.GetAsync($"/api/contacts/{contact}/calls");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync();
    }
}
