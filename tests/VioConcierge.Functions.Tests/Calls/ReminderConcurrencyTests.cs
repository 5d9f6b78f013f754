using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>Scheduled reminders due together share the tenant's five calls at once with the calls already granted.</summary>
[Collection(VoiceCollection.Name)]
public sealed class ReminderConcurrencyTests(VoiceApiFixture api)
{
    [Fact]
    public async Task EightRemindersDueTogether_WithACallNowNotYetPlaced_NeverMoreThanFiveLive_TheRestDeferredWithoutSessions_AndCalledLater()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(4).ToString("O");
        var due = new List<Guid>();
        for (var i = 0; i < 8; i++)
        {
            due.Add((await t.CreateContactAsync(new { name = "Due Together", phone = $"07700 9001{i:D2}", appointmentTime = appointment })).GetProperty("id").GetGuid());
        }
        var manual = (await t.CreateContactAsync(new { name = "Called Now", phone = "07700 900199", appointmentTime = t.InDays(10) })).Str("id");
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo((await t.TimelineAsync(due[0])).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        Assert.Equal(HttpStatusCode.Accepted, (await admin.Client.PostAsync($"/api/contacts/{manual}/call", null)).StatusCode);

        await api.RunDueWorkAsync();
        var firstRound = due.Where(contact => api.Voice.For(contact).Count == 1).ToArray();
        for (var minute = 0; minute < 5 && due.Any(contact => api.Voice.For(contact).Count == 0); minute++)
        {
            await LiveCalls.EndAllAsync(api, t.Tenant.TenantId);
            api.Clock.Advance(TimeSpan.FromMinutes(1));
            await api.RunDueWorkAsync();
        }

        Assert.Equal(4, firstRound.Length);
        Assert.Equal(5, api.Voice.MaxLive(t.Tenant.TenantId));
        Assert.All(due, contact => Assert.Single(api.Voice.For(contact)));
        foreach (var deferred in due.Except(firstRound))
        {
            var timeline = await t.TimelineAsync(deferred);
            var codes = timeline.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).ToArray();
            Assert.Single(timeline.GetProperty("calls").EnumerateArray());
            Assert.Equal(1, codes.Count(code => code == "dialling"));
            Assert.Contains("concurrency_limit", codes);
            Assert.True(Array.IndexOf(codes, "concurrency_limit") < Array.IndexOf(codes, "dialling"), string.Join(",", codes));
            Assert.All(timeline.GetProperty("timeline").EnumerateArray().Where(line => line.Str("code") is "delayed" or "concurrency_limit"),
                line => Assert.Equal(JsonValueKind.Null, line.GetProperty("callSessionId").ValueKind));
        }
    }
}
