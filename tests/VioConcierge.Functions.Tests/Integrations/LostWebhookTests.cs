using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Integrations;

/// <summary>
/// The process died while calls were live: the calls ended at Retell, their webhooks never came. Through the real Retell
/// adapter and HTTP to the stub, whose get-call answers the documented call object.
/// </summary>
[Collection(RetellCollection.Name)]
public sealed class LostWebhookTests(RetellApiFixture api) : IDisposable
{
    private readonly ConcurrentDictionary<string, string> _ended = new(StringComparer.Ordinal);

    public void Dispose() => api.Stub.Reset();

    /// <summary>Retell: calls get ids named after their session; get-call knows the calls that ended (404 otherwise).</summary>
    private StubAnswer? Retell(StubRequest request)
    {
        if (request.Path == "/v2/create-phone-call")
        {
            return new StubAnswer(201, RetellStub.RegisteredCall(CallId(request.Json.GetProperty("metadata").Str("call_session_id")), request));
        }
        return request.Path.StartsWith("/v2/get-call/", StringComparison.Ordinal) && _ended.TryGetValue(request.Path["/v2/get-call/".Length..], out var call)
            ? new StubAnswer(200, call)
            : null;
    }

    private static string CallId(string sessionId) => $"call_{Guid.Parse(sessionId):N}";

    /// <summary>The call ends at Retell: get-call answers with the full call object (as call_analyzed carries it).</summary>
    private void EndAtRetell(Guid tenantId, Guid sessionId, string reason, string? appointmentOutcome)
    {
        var callId = CallId(sessionId.ToString());
        _ended[callId] = JsonNode.Parse(RetellEvents.Body("call_analyzed", callId, tenantId, sessionId, reason, appointmentOutcome))!["call"]!.ToJsonString();
    }

    [Fact]
    public async Task ProcessDiedWithFiveCallsLive_LookupsFreeTheSlotsWithinMinutes_ADueReminderWaitsWithoutPhantomSessions_ContactsGetTheirLastCall()
    {
        api.Stub.Reset();
        var start = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync();
        api.Stub.Answer = Retell;
        var called = new List<(Guid ContactId, Guid SessionId)>();
        for (var i = 0; i < 5; i++)
        {
            var id = (await t.CreateContactAsync(new { name = "Live Caller", phone = $"07700 90020{i}", appointmentTime = t.InDays(5) })).GetProperty("id").GetGuid();
            var response = await t.Client.PostAsync($"/api/contacts/{id}/call", null);
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            called.Add((id, (await response.ReadAsync()).GetProperty("callSessionId").GetGuid()));
        }
        var waiting = (await t.CreateContactAsync(new { name = "Rita Reminder", phone = "07700 900210", appointmentTime = start.AddDays(1).AddMinutes(1).ToString("O") }))
            .GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        Assert.Equal(5, api.Stub.Creates().Count(create => create.Json.GetProperty("metadata").Str("tenant_id") == t.Tenant.TenantId.ToString()));

        // The reminder falls due while the five calls are live (their webhooks will never come): it waits, no session.
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.RunDueWorkAsync();
        var deferred = await t.TimelineAsync(waiting);
        Assert.Empty(deferred.GetProperty("calls").EnumerateArray());
        Assert.Equal(["delayed", "concurrency_limit"], Codes(deferred).SkipWhile(code => code != "delayed").Take(2));
        Assert.DoesNotContain("dialling", Codes(deferred));

        // The calls ended at Retell: the lookup two minutes after each call was granted its slot applies their outcomes.
        EndAtRetell(t.Tenant.TenantId, called[0].SessionId, "user_hangup", "confirmed");
        foreach (var (_, sessionId) in called.Skip(1))
        {
            EndAtRetell(t.Tenant.TenantId, sessionId, "dial_no_answer", null);
        }
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.RunDueWorkAsync();
        var ended = api.Clock.GetUtcNow();
        var sessions = await Task.WhenAll(called.Select(async call => await (await t.Client.GetAsync($"/api/calls/{call.SessionId}")).ReadAsync()));
        var contacts = await Task.WhenAll(called.Select(async call => await (await t.Client.GetAsync($"/api/contacts/{call.ContactId}")).ReadAsync()));
        api.Clock.Advance(TimeSpan.FromMinutes(1));
        await api.RunDueWorkAsync();
        var dialled = await t.TimelineAsync(waiting);

        Assert.Equal(["completed|confirmed", "completed|no_answer", "completed|no_answer", "completed|no_answer", "completed|no_answer"],
            sessions.Select(session => $"{session.Str("status")}|{session.Str("outcome")}"));
        Assert.Equal(["confirmed", "no_answer", "no_answer", "no_answer", "no_answer"], contacts.Select(contact => contact.Str("lastCallOutcome")));
        Assert.All(contacts, contact => Assert.InRange(contact.GetProperty("lastContactTime").GetDateTimeOffset(), start.AddMinutes(2), ended));
        Assert.Equal("confirmed", contacts[0].Str("status"));
        Assert.Single(dialled.GetProperty("calls").EnumerateArray());
        Assert.Single(api.Stub.Creates(), create => create.Json.GetProperty("metadata").Str("contact_id") == waiting.ToString());
        Assert.Equal(1, Codes(dialled).Count(code => code == "dialling"));
    }

    private static string[] Codes(JsonElement timeline) =>
        timeline.GetProperty("timeline").EnumerateArray().Select(line => line.Str("code")).ToArray();
}
