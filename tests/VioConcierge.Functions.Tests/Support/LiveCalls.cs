using System.Net;
using VioConcierge.Core.Calls;

namespace VioConcierge.Functions.Tests.Support;

/// <summary>Ends the fake provider's live calls the way Retell reports them: signed <c>call_ended</c> webhooks.</summary>
public static class LiveCalls
{
    /// <summary>Ends every live call of the tenant as not answered, delivers each one's webhook, and runs the work.</summary>
    public static async Task<int> EndAllAsync(VoiceApiFixture api, Guid tenantId)
    {
        var live = api.Voice.Live(tenantId);
        foreach (var (callId, sessionId) in live)
        {
            api.Voice.EndCall(callId, CallLookup.EndedFor("dial_no_answer", null));
            var response = await RetellEvents.PostSignedAsync(api, RetellEvents.Body("call_ended", callId, tenantId, sessionId, "dial_no_answer"));
            Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        }
        await api.RunDueWorkAsync();
        return live.Count;
    }
}
