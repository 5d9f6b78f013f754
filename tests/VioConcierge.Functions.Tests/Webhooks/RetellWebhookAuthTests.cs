using System.Net;
using VioConcierge.Functions.Tests.Integrations;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Webhooks;

/// <summary>The Retell webhook's gate: signature, window, body shape and attribution, and that refusals store nothing.</summary>
[Collection(VoiceCollection.Name)]
public sealed class RetellWebhookAuthTests(VoiceApiFixture api)
{
    private Task<(TenantSession T, Guid SessionId)> CallNowAsync() => TenantSession.WithPlacedCallAsync(api);

    private static string NewCallId() => $"call_{Guid.NewGuid():N}";

    public static TheoryData<string, string?> BadSignatures => new()
    {
        { "missing", null },
        { "malformed", "v=abc,d=123" },
        { "uppercase digest", "UPPER" },
        { "tampered body", "TAMPERED" },
        { "stale", "STALE" },
        { "future", "FUTURE" },
        { "wrong key", "WRONGKEY" },
    };

    [Theory]
    [MemberData(nameof(BadSignatures))]
    public async Task Post_BadSignature_Is401AndStoresNothing(string why, string? signature)
    {
        var (t, sessionId) = await CallNowAsync();
        var callId = NewCallId();
        var body = RetellEvents.Body("call_ended", callId, t.Tenant.TenantId, sessionId);
        var now = api.Clock.GetUtcNow();
        signature = signature switch
        {
            "UPPER" => RetellEvents.Sign(body, now).ToUpperInvariant().Replace("V=", "v=").Replace(",D=", ",d="),
            "TAMPERED" => RetellEvents.Sign(body.Replace("user_hangup", "agent_hangup"), now),
            "STALE" => RetellEvents.Sign(body, now.AddMinutes(-6)),
            "FUTURE" => RetellEvents.Sign(body, now.AddMinutes(6)),
            "WRONGKEY" => RetellEvents.Sign(body, now, "not-the-key"),
            _ => signature,
        };

        var response = await RetellEvents.PostAsync(api.Anonymous(), body, signature);

        Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, why);
        Assert.Equal((0, 0), await api.StoredForCallAsync(callId));
    }

    [Theory]
    [InlineData("not json at all")]
    [InlineData("""{"event":"call_ended"}""")]
    [InlineData("""{"event":"call_ended","call":{"call_status":"ended"}}""")]
    [InlineData("""{"event":42,"call":{"call_id":"call_x"}}""")]
    [InlineData("""[1,2,3]""")]
    public async Task Post_ValidSignatureMalformedBody_Is400AndStoresNothing(string body)
    {
        var before = await api.CountAsync("SELECT count(*) FROM webhook_receipts");

        var response = await RetellEvents.PostSignedAsync(api, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await api.CountAsync("SELECT count(*) FROM webhook_receipts"));
    }

    [Theory]
    [InlineData("\\u0000")]
    [InlineData("\\ud800")]
    public async Task Post_ControlCharacterOrLoneSurrogateInTheCallId_Is400AndStoresNothing(string escape)
    {
        var (t, sessionId) = await CallNowAsync();
        var callId = NewCallId();
        var body = RetellEvents.Body("call_ended", callId, t.Tenant.TenantId, sessionId).Replace(callId, callId + escape);

        var response = await RetellEvents.PostSignedAsync(api, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await api.CountAsync("SELECT count(*) FROM webhook_receipts WHERE event_key LIKE @prefix", new { prefix = callId + "%" }));
    }

    [Fact]
    public async Task Post_UnknownEvent_Is204AndIgnored()
    {
        var (t, sessionId) = await CallNowAsync();
        var callId = NewCallId();

        var response = await RetellEvents.PostSignedAsync(api, RetellEvents.Body("transcript_updated", callId, t.Tenant.TenantId, sessionId));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((0, 0), await api.StoredForCallAsync(callId));
    }

    [Fact]
    public async Task Post_WithoutMetadata_Is204AndStoresNothing()
    {
        var callId = NewCallId();

        var response = await RetellEvents.PostSignedAsync(api, RetellEvents.Body("call_ended", callId, null, null));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal((0, 0), await api.StoredForCallAsync(callId));
    }

    [Fact]
    public async Task Post_MetadataNamingAnotherOrNoTenant_StoresNothingAnywhere()
    {
        var (_, sessionId) = await CallNowAsync();
        var other = await TenantSession.StartAsync(api);
        var callId = NewCallId();

        var wrongTenant = await RetellEvents.PostSignedAsync(api, RetellEvents.Body("call_ended", callId, other.Tenant.TenantId, sessionId));
        var noSuchTenant = await RetellEvents.PostSignedAsync(api, RetellEvents.Body("call_started", callId, Guid.NewGuid(), sessionId));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.NoContent), (wrongTenant.StatusCode, noSuchTenant.StatusCode));
        Assert.Equal((0, 0), await api.StoredForCallAsync(callId));
    }

    [Fact]
    public async Task Post_ValidEvent_RecordsOneReceiptAndOneWorkItem_AndADuplicateChangesNothing()
    {
        var (t, sessionId) = await CallNowAsync();
        var callId = NewCallId();
        var body = RetellEvents.Body("call_ended", callId, t.Tenant.TenantId, sessionId, "dial_no_answer", null);

        var first = await RetellEvents.PostSignedAsync(api, body);
        var again = await Task.WhenAll(Enumerable.Range(0, 5).Select(_ => RetellEvents.PostSignedAsync(api, body)));
        await api.RunDueWorkAsync();
        var replay = await RetellEvents.PostSignedAsync(api, body);
        await api.RunDueWorkAsync();

        Assert.Equal(HttpStatusCode.NoContent, first.StatusCode);
        Assert.All(again.Append(replay), response => Assert.Equal(HttpStatusCode.NoContent, response.StatusCode));
        Assert.Equal((1, 1), await api.StoredForCallAsync(callId));
        var call = await (await t.Client.GetAsync($"/api/calls/{sessionId}")).ReadAsync();
        Assert.Equal(("completed", "no_answer"), (call.Str("status"), call.Str("outcome")));
        var timeline = await (await t.Client.GetAsync($"/api/contacts/{call.Str("contactId")}/calls")).ReadAsync();
        Assert.Single(timeline.GetProperty("timeline").EnumerateArray(), line => line.Str("code") == "outcome_no_answer");
    }

    [Fact]
    public async Task Post_SignedWithTheTenantsOwnKey_IsAccepted_ButAnotherTenantsKeyIsRefused()
    {
        var (t, sessionId) = await CallNowAsync();
        await t.ConfigureRetellAsync(apiKey: "key_tenant_own_7f3a9c2e51");
        var other = await TenantSession.StartAsync(api);
        await other.ConfigureRetellAsync(apiKey: "key_other_tenant_0b8d4e6f");
        var (accepted, refused) = (NewCallId(), NewCallId());
        var body = RetellEvents.Body("call_started", accepted, t.Tenant.TenantId, sessionId);
        var foreign = RetellEvents.Body("call_started", refused, t.Tenant.TenantId, sessionId);
        var now = api.Clock.GetUtcNow();

        var own = await RetellEvents.PostAsync(api.Anonymous(), body, RetellEvents.Sign(body, now, "key_tenant_own_7f3a9c2e51"));
        var others = await RetellEvents.PostAsync(api.Anonymous(), foreign, RetellEvents.Sign(foreign, now, "key_other_tenant_0b8d4e6f"));

        Assert.Equal((HttpStatusCode.NoContent, HttpStatusCode.Unauthorized), (own.StatusCode, others.StatusCode));
        Assert.Equal((1, 1), await api.StoredForCallAsync(accepted));
        Assert.Equal((0, 0), await api.StoredForCallAsync(refused));
    }

    [Fact]
    public async Task Post_BodyOverTheLimit_Is413()
    {
        var body = new string(' ', 4 * 1024 * 1024 + 1);

        var response = await RetellEvents.PostSignedAsync(api, body);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
