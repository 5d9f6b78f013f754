using System.Net;
using System.Text.Json;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>Every way a call ends records it as the contact's last call (lastCallOutcome, lastContactTime).</summary>
[Collection(VoiceCollection.Name)]
public sealed class CallEndingTests(VoiceApiFixture api)
{
    /// <summary>A contact whose reminder call is live at the fake provider: the tenant, the contact and the call.</summary>
    private async Task<(TenantSession T, Guid ContactId, string CallId, Guid SessionId, DateTimeOffset DialledAt)> LiveReminderCallAsync()
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contactId = (await t.CreateContactAsync(new { name = "Ella Ending", phone = "07700 900123", appointmentTime = tuesday.AddDays(3).AddHours(4).ToString("O") }))
            .GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        api.Clock.AdvanceTo((await t.TimelineAsync(contactId)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        var dialledAt = api.Clock.GetUtcNow();
        await api.RunDueWorkAsync();
        var (callId, sessionId) = Assert.Single(api.Voice.Live(t.Tenant.TenantId));
        return (t, contactId, callId, sessionId, dialledAt);
    }

    private async Task<JsonElement> GetAsync(TenantSession t, string url)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        return await (await admin.Client.GetAsync(url)).ReadAsync();
    }

    private async Task WebhookAsync(TenantSession t, string callId, Guid sessionId, string reason)
    {
        api.Voice.EndCall(callId, CallLookup.EndedFor(reason, null));
        Assert.Equal(HttpStatusCode.NoContent, (await RetellEvents.PostSignedAsync(api, RetellEvents.Body("call_ended", callId, t.Tenant.TenantId, sessionId, reason))).StatusCode);
        await api.RunDueWorkAsync();
    }

    [Theory]
    [InlineData("webhook", "busy")]
    [InlineData("lookup", "voicemail")]
    [InlineData("timeout", "failed")]
    [InlineData("stop", "stopped")]
    public async Task ReminderCall_EndedBy_SetsTheContactsLastCall(string endedBy, string outcome)
    {
        var (t, contactId, callId, sessionId, dialledAt) = await LiveReminderCallAsync();
        var before = await GetAsync(t, $"/api/contacts/{contactId}");

        switch (endedBy)
        {
            case "webhook":
                await WebhookAsync(t, callId, sessionId, "dial_busy");
                break;
            case "lookup":
                api.Voice.EndCall(callId, CallLookup.EndedFor("voicemail_reached", null));
                api.Clock.Advance(CallLookupSchedule.FirstDelay);
                await api.RunDueWorkAsync();
                break;
            case "timeout":
                api.Clock.Advance(TimeSpan.FromMinutes(31));
                await api.RunDueWorkAsync();
                break;
            case "stop":
                var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
                var moved = await admin.Client.SendJsonAsync(HttpMethod.Patch, $"/api/contacts/{contactId}", new { appointmentTime = dialledAt.AddDays(8).ToString("O") });
                Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
                await api.RunDueWorkAsync();
                Assert.Contains(callId, api.Voice.Stopped);
                await WebhookAsync(t, callId, sessionId, "manual_stopped");
                break;
        }

        var contact = await GetAsync(t, $"/api/contacts/{contactId}");
        Assert.Equal(JsonValueKind.Null, before.GetProperty("lastCallOutcome").ValueKind);
        Assert.Equal(outcome, contact.Str("lastCallOutcome"));
        Assert.InRange(contact.GetProperty("lastContactTime").GetDateTimeOffset(), dialledAt, api.Clock.GetUtcNow());
        var session = await GetAsync(t, $"/api/calls/{sessionId}");
        Assert.Equal(outcome, session.Str("outcome"));
    }

    [Fact]
    public async Task CallNow_NeverReportedAndUnknownToTheProvider_EndsFailedAtTheOutcomeTimeout_FreeingItsSlot()
    {
        var (t, sessionId) = await TenantSession.WithPlacedCallAsync(api);
        var placedAt = api.Clock.GetUtcNow();

        api.Clock.Advance(TimeSpan.FromMinutes(29));
        await api.RunDueWorkAsync();
        var open = await GetAsync(t, $"/api/calls/{sessionId}");
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.RunDueWorkAsync();

        var session = await GetAsync(t, $"/api/calls/{sessionId}");
        var contact = await GetAsync(t, $"/api/contacts/{session.Str("contactId")}");
        Assert.Equal("ringing", open.Str("status"));
        Assert.Equal(("failed", "failed", "no_outcome"), (session.Str("status"), session.Str("outcome"), session.Str("error")));
        Assert.Equal("failed", contact.Str("lastCallOutcome"));
        Assert.InRange(contact.GetProperty("lastContactTime").GetDateTimeOffset(), placedAt.AddMinutes(30), api.Clock.GetUtcNow());
        var codes = (await GetAsync(t, $"/api/contacts/{session.Str("contactId")}/calls")).GetProperty("timeline").EnumerateArray().Select(line => line.Str("code"));
        Assert.Contains("outcome_timed_out", codes);
    }

    /// <summary>
    /// A call live when the version that looks calls up is deployed has no lookup yet: migration 0015 gives it its first
    /// check, so a Call Now whose end was never reported still ends (and frees its slot) instead of counting forever.
    /// </summary>
    [Fact]
    public async Task CallLiveAtTheUpgrade_GetsItsLookupFromTheMigration_AndEndsAtTheOutcomeTimeout()
    {
        var (_, sessionId) = await TenantSession.WithPlacedCallAsync(api);
        var lookups = new { key = $"call:{sessionId}:lookup:%" };
        await PlatformAsync("DELETE FROM work_items WHERE dedupe_key LIKE @key", lookups);
        var migration = MigrationRunner.Embedded.Single(m => m.Version == 15).Sql;

        // Replayed on today's schema, where dedupe keys are unique per tenant (migration 0035).
        var insert = migration[migration.IndexOf("INSERT INTO work_items", StringComparison.Ordinal)..]
            .Replace("ON CONFLICT (dedupe_key)", "ON CONFLICT (tenant_id, dedupe_key)", StringComparison.Ordinal);
        await PlatformAsync(insert, new { });
        api.Clock.Advance(TimeSpan.FromMinutes(30));
        await api.RunDueWorkAsync();

        Assert.Equal(1, await api.CountAsync("SELECT count(*) FROM call_sessions WHERE id = @sessionId AND status = 'failed' AND error = 'no_outcome'", new { sessionId }));
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM work_items WHERE dedupe_key LIKE @key AND status <> 'done'", lookups));
    }

    private async Task PlatformAsync(string sql, object args)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        await uow.ExecuteAsync(sql, args, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }
}
