using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Providers.Retell;
using static VioConcierge.Functions.Tests.Integrations.RetellSetupHelper;

namespace VioConcierge.Functions.Tests.Integrations;

[Collection(RetellCollection.Name)]
public sealed class RetellVoiceProviderTests(RetellApiFixture api)
{
    private IVoiceProvider Voice => api.Service<IVoiceProvider>();

    private async Task<TenantSession> TenantAsync(string? ownKey = null)
    {
        api.Stub.Reset();
        var t = await TenantSession.StartAsync(api);
        await t.ConfigureRetellAsync(ownKey);
        return t;
    }

    [Fact]
    public async Task PlaceCall_SendsTheDocumentedCreateRequest_AndReturnsRetellsCallId()
    {
        var t = await TenantAsync("tenant-key-abcdef-9876");
        var request = Request(t.Tenant.TenantId);

        var result = await Voice.PlaceCallAsync(request, CancellationToken.None);

        Assert.IsType<RetellVoiceProvider>(Voice);
        Assert.Matches("^call_[0-9]{4}$", result.ProviderCallId);
        var sent = Assert.Single(api.Stub.Requests);
        Assert.Equal(("POST", "/v2/create-phone-call", "Bearer tenant-key-abcdef-9876"), (sent.Method, sent.Path, sent.Authorization));
        Assert.StartsWith("application/json", sent.ContentType);
        var body = sent.Json;
        Assert.Equal(CallerId, body.Str("from_number"));
        Assert.Equal("+447700900123", body.Str("to_number"));
        Assert.Equal(AgentId, body.Str("override_agent_id"));
        Assert.False(body.TryGetProperty("agent_id", out _));
        var metadata = body.GetProperty("metadata");
        Assert.Equal(new Dictionary<string, string>
        {
            ["tenant_id"] = request.TenantId.ToString(),
            ["contact_id"] = request.ContactId.ToString(),
            ["call_session_id"] = request.CallSessionId.ToString(),
            ["reminder_id"] = request.ReminderId!.Value.ToString(),
            ["attempt"] = "2",
        }, metadata.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!));
        var variables = body.GetProperty("retell_llm_dynamic_variables").EnumerateObject().ToArray();
        Assert.All(variables, variable => Assert.Equal(JsonValueKind.String, variable.Value.ValueKind));
        var values = variables.ToDictionary(v => v.Name, v => v.Value.GetString());
        Assert.Equal("Rita Reminder", values["customer_name"]);
        Assert.Equal("Friday 12 July 2030", values["appointment_date"]);
        Assert.Equal("14:30", values["appointment_time"]);
        Assert.Equal("30", values["duration_minutes"]);
        Assert.Equal("", values["special_instructions"]);
        Assert.DoesNotContain("note", sent.Body, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task PlaceCall_CallNowWithoutReminder_OmitsReminderAndAttempt_AndUsesThePlatformKey()
    {
        var t = await TenantAsync();

        var result = await Voice.PlaceCallAsync(Request(t.Tenant.TenantId, attempt: null), CancellationToken.None);

        Assert.True(result.Placed);
        var sent = Assert.Single(api.Stub.Requests);
        Assert.Equal($"Bearer {RetellApiFixture.PlatformKey}", sent.Authorization);
        var metadata = sent.Json.GetProperty("metadata");
        Assert.False(metadata.TryGetProperty("reminder_id", out _));
        Assert.False(metadata.TryGetProperty("attempt", out _));
    }

    [Theory]
    [InlineData(400, PlacementFailure.InvalidRequest)]
    [InlineData(401, PlacementFailure.Configuration)]
    [InlineData(402, PlacementFailure.Account)]
    [InlineData(422, PlacementFailure.InvalidRequest)]
    [InlineData(429, PlacementFailure.Capacity)]
    [InlineData(500, PlacementFailure.ProviderError)]
    [InlineData(503, PlacementFailure.ProviderError)]
    public async Task PlaceCall_RetellError_IsADistinctFailure_SentOnce(int status, PlacementFailure expected)
    {
        var t = await TenantAsync();
        api.Stub.Answer = _ => new StubAnswer(status, """{"status":"error","message":"refused"}""");

        var result = await Voice.PlaceCallAsync(Request(t.Tenant.TenantId), CancellationToken.None);

        Assert.False(result.Placed);
        Assert.Equal(expected, result.Failure);
        Assert.Single(api.Stub.Creates());
    }

    [Fact]
    public async Task PlaceCall_NoAnswerWithinTheTimeout_MayHaveBeenPlaced_AndIsNotSentAgain()
    {
        var t = await TenantAsync();
        api.Stub.Answer = _ => new StubAnswer(201, Delay: TimeSpan.FromSeconds(30));
        var started = DateTimeOffset.UtcNow;

        var result = await Voice.PlaceCallAsync(Request(t.Tenant.TenantId), CancellationToken.None);

        Assert.Equal(PlacementFailure.Timeout, result.Failure);
        // The timeout's timer may fire a few milliseconds before the wall clock shows it elapsed.
        Assert.InRange(DateTimeOffset.UtcNow - started, RetellApiFixture.CreateTimeout - TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(10));
        Assert.Single(api.Stub.Creates());
    }

    [Fact]
    public async Task PlaceCall_TenantWithoutAgent_IsNotConfigured_AndSendsNothing()
    {
        api.Stub.Reset();
        var t = await TenantSession.StartAsync(api);

        Assert.False(await Voice.IsConfiguredAsync(t.Tenant.TenantId, CancellationToken.None));
        var result = await Voice.PlaceCallAsync(Request(t.Tenant.TenantId), CancellationToken.None);

        Assert.Equal(PlacementFailure.NotConfigured, result.Failure);
        Assert.Empty(api.Stub.Requests);
        await t.ConfigureRetellAsync();
        Assert.True(await Voice.IsConfiguredAsync(t.Tenant.TenantId, CancellationToken.None));
    }

    public static TheoryData<string, bool, CallOutcome?> Calls => new()
    {
        { """{"call_id":"c1","call_status":"ongoing"}""", false, null },
        { """{"call_id":"c1","call_status":"ended","disconnection_reason":"user_hangup","call_analysis":{"call_summary":"ok","in_voicemail":false,"user_sentiment":"Positive","call_successful":true,"custom_analysis_data":{"appointment_outcome":"confirmed"}}}""", true, CallOutcome.Confirmed },
        { """{"call_id":"c1","call_status":"ended","disconnection_reason":"agent_hangup","call_analysis":{"in_voicemail":false,"custom_analysis_data":{"appointment_outcome":"reschedule_requested"}}}""", true, CallOutcome.RescheduleRequested },
        { """{"call_id":"c1","call_status":"ended","disconnection_reason":"voicemail_reached"}""", true, CallOutcome.Voicemail },
        { """{"call_id":"c1","call_status":"not_connected","disconnection_reason":"dial_no_answer"}""", true, CallOutcome.NoAnswer },
        { """{"call_id":"c1","call_status":"not_connected","disconnection_reason":"dial_busy"}""", true, CallOutcome.Busy },
        { """{"call_id":"c1","call_status":"not_connected","disconnection_reason":"invalid_destination"}""", true, CallOutcome.InvalidNumber },
        // Read as its webhook is: a platform error is a system error, a connected call waits for its analysis.
        { """{"call_id":"c1","call_status":"error","disconnection_reason":"error_unknown"}""", true, CallOutcome.SystemError },
        { """{"call_id":"c1","call_status":"ended","disconnection_reason":"user_hangup","start_timestamp":1893488400000}""", true, null },
        { """{"call_id":"c1","call_status":"not_connected","disconnection_reason":"marked_as_spam"}""", true, CallOutcome.Spam },
    };

    [Theory]
    [MemberData(nameof(Calls))]
    public async Task LookupCall_ReadsRetellsCallObject(string call, bool ended, CallOutcome? outcome)
    {
        var t = await TenantAsync();
        api.Stub.Answer = request => request.Path == "/v2/get-call/c1" ? new StubAnswer(200, call) : null;

        var lookup = await Voice.LookupCallAsync(t.Tenant.TenantId, "c1", CancellationToken.None);

        Assert.Equal((ended, outcome), (lookup!.Ended, lookup.Outcome));
        var sent = Assert.Single(api.Stub.Requests);
        Assert.Equal(("GET", $"Bearer {RetellApiFixture.PlatformKey}"), (sent.Method, sent.Authorization));
    }

    [Fact]
    public async Task LookupCall_UnknownToRetell_IsNull_AndAServerErrorIsRetriedLater()
    {
        var t = await TenantAsync();

        Assert.Null(await Voice.LookupCallAsync(t.Tenant.TenantId, "c404", CancellationToken.None));
        api.Stub.Answer = _ => new StubAnswer(500);
        await Assert.ThrowsAsync<HttpRequestException>(() => Voice.LookupCallAsync(t.Tenant.TenantId, "c500", CancellationToken.None));
    }

    [Fact]
    public async Task StopCall_PostsStopCall()
    {
        var t = await TenantAsync();

        await Voice.StopCallAsync(t.Tenant.TenantId, "call_live", CancellationToken.None);

        var sent = Assert.Single(api.Stub.Requests);
        Assert.Equal(("POST", "/v2/stop-call/call_live"), (sent.Method, sent.Path));
    }
}
