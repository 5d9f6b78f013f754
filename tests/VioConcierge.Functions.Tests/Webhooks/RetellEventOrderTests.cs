using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Webhooks;

/// <summary>
/// A reminder call's Retell events in every order, repeated, and without <c>call_started</c>: the call session, the
/// reminder and the contact end in the same state whatever the order.
/// </summary>
[Collection(VoiceCollection.Name)]
public sealed class RetellEventOrderTests(VoiceApiFixture api)
{
    /// <summary>A contact whose reminder call has just been placed (through the fake provider): its session.</summary>
    private async Task<(TenantSession T, Guid ContactId, Guid SessionId)> PlacedReminderAsync(string phone = "07700 900123")
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var appointment = tuesday.AddDays(3).AddHours(4);
        var contact = await t.CreateContactAsync(new { name = "Olive Order", phone, appointmentTime = appointment.ToString("O") });
        var contactId = contact.GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        // The planned time, not simply 24 h before: that day may be a bank holiday.
        var planned = await GetAsync(t, $"/api/contacts/{contactId}/calls");
        api.Clock.AdvanceTo(planned.GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        await api.RunDueWorkAsync();
        return (t, contactId, Assert.Single(api.Voice.For(contactId)).CallSessionId);
    }

    private async Task DeliverAsync(TenantSession t, Guid sessionId, string callId, IEnumerable<string> events, string reason, string? appointmentOutcome)
    {
        foreach (var @event in events)
        {
            var response = await RetellEvents.PostSignedAsync(api, RetellEvents.Body(@event, callId, t.Tenant.TenantId, sessionId, reason, appointmentOutcome));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
            await api.RunDueWorkAsync();
        }
    }

    /// <summary>GET as the tenant's admin, signing in afresh because the tests move the clock past token lifetimes.</summary>
    private async Task<JsonElement> GetAsync(TenantSession t, string url)
    {
        var admin = await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword);
        var response = await admin.Client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {(int)response.StatusCode}");
        return await response.ReadAsync();
    }

    /// <summary>Everything a user would see of the call afterwards, as one comparable string.</summary>
    private async Task<string> OutcomeStateAsync(TenantSession t, Guid contactId, Guid sessionId)
    {
        var call = await GetAsync(t, $"/api/calls/{sessionId}");
        var contact = await GetAsync(t, $"/api/contacts/{contactId}");
        var timeline = await GetAsync(t, $"/api/contacts/{contactId}/calls");
        var reminder = timeline.GetProperty("reminder");
        // From the dialling on: what came before depends on the calendar (a bank holiday moves the plan).
        var codes = timeline.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).SkipWhile(code => code != "dialling");
        return string.Join(" | ",
            call.Str("status"), call.Str("outcome"), call.GetProperty("connectedAt").ValueKind == JsonValueKind.Null ? "not connected" : call.GetProperty("connectedAt").GetDateTimeOffset().ToString("O"),
            contact.Str("status"), contact.GetProperty("callAttempts").GetInt32(),
            reminder.Str("status"), reminder.GetProperty("doneReason").ToString(), string.Join(",", codes));
    }

    public static TheoryData<string[]> AllOrders => new()
    {
        { ["call_started", "call_ended", "call_analyzed"] },
        { ["call_started", "call_analyzed", "call_ended"] },
        { ["call_ended", "call_started", "call_analyzed"] },
        { ["call_ended", "call_analyzed", "call_started"] },
        { ["call_analyzed", "call_started", "call_ended"] },
        { ["call_analyzed", "call_ended", "call_started"] },
    };

    [Theory]
    [MemberData(nameof(AllOrders))]
    public async Task ConnectedCall_AnyOrder_EndsConfirmedTheSameWay(string[] order)
    {
        var (t, contactId, sessionId) = await PlacedReminderAsync();
        var callId = $"call_{Guid.NewGuid():N}";

        await DeliverAsync(t, sessionId, callId, order, "user_hangup", "confirmed");
        await DeliverAsync(t, sessionId, callId, order, "user_hangup", "confirmed");

        Assert.Equal(
            $"completed | confirmed | {RetellEvents.CallStart:O} | confirmed | 1 | done | confirmed | dialling,connected,outcome_confirmed",
            await OutcomeStateAsync(t, contactId, sessionId));
        Assert.Equal((3, 3), await api.StoredForCallAsync(callId));
    }

    public static TheoryData<string[]> UnansweredOrders => new()
    {
        { ["call_ended", "call_analyzed"] },
        { ["call_analyzed", "call_ended"] },
    };

    [Theory]
    [MemberData(nameof(UnansweredOrders))]
    public async Task UnansweredCall_WithoutCallStarted_EitherOrder_PlansTheRetry(string[] order)
    {
        var (t, contactId, sessionId) = await PlacedReminderAsync();
        var callId = $"call_{Guid.NewGuid():N}";

        await DeliverAsync(t, sessionId, callId, order, "dial_no_answer", null);

        Assert.Equal(
            "completed | no_answer | not connected | pending | 1 | scheduled |  | dialling,outcome_no_answer,retry_planned",
            await OutcomeStateAsync(t, contactId, sessionId));
    }

    [Fact]
    public async Task ConnectedCall_EndedWithoutAnalysisYet_StaysInProgressUntilTheAnalysisArrives()
    {
        var (t, contactId, sessionId) = await PlacedReminderAsync();
        var callId = $"call_{Guid.NewGuid():N}";

        await DeliverAsync(t, sessionId, callId, ["call_ended"], "user_hangup", "cancelled");
        var call = await GetAsync(t, $"/api/calls/{sessionId}");
        await DeliverAsync(t, sessionId, callId, ["call_analyzed"], "user_hangup", "cancelled");

        Assert.Equal("in_progress", call.Str("status"));
        Assert.StartsWith("completed | cancelled | ", await OutcomeStateAsync(t, contactId, sessionId));
    }

    [Theory]
    [InlineData("dial_busy", "busy", "scheduled")]
    [InlineData("voicemail_reached", "voicemail", "scheduled")]
    [InlineData("invalid_destination", "invalid_number", "done")]
    [InlineData("marked_as_spam", "spam", "done")]
    [InlineData("concurrency_limit_reached", "capacity", "scheduled")]
    [InlineData("error_llm_websocket_runtime", "system_error", "scheduled")]
    public async Task EndedCall_DisconnectionReason_DecidesTheOutcome(string reason, string outcome, string reminderStatus)
    {
        var (t, contactId, sessionId) = await PlacedReminderAsync();

        await DeliverAsync(t, sessionId, $"call_{Guid.NewGuid():N}", ["call_ended"], reason, null);

        var state = (await OutcomeStateAsync(t, contactId, sessionId)).Split(" | ");
        Assert.Equal((outcome, reminderStatus), (state[1], state[5]));
        var flagged = await api.CountAsync("SELECT count(*) FROM contacts WHERE tenant_id = @TenantId AND id = @contactId AND flagged_reason = 'invalid_number'",
            new { t.Tenant.TenantId, contactId });
        Assert.Equal(reason == "invalid_destination" ? 1 : 0, flagged);
        var alerts = await api.CountAsync("SELECT count(*) FROM platform_notifications WHERE tenant_id = @TenantId AND kind = 'caller_id_flagged'",
            new { t.Tenant.TenantId });
        Assert.Equal(reason == "marked_as_spam" ? 1 : 0, alerts);
    }
}
