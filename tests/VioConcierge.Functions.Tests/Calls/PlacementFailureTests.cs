using System.Net;
using System.Text.Json;
using VioConcierge.Application.Calls;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Calls;

/// <summary>What the reminder engine does with each way a placement can fail (Retell's errors and timeouts).</summary>
[Collection(VoiceCollection.Name)]
public sealed class PlacementFailureTests(VoiceApiFixture api) : IDisposable
{
    public void Dispose() => api.Voice.Answer = null;

    /// <summary>
    /// A contact whose reminder call has just been dialled (at its planned time, wherever bank holidays put it); the
    /// fake provider answers that first placement with <paramref name="first"/> and later ones with a call id.
    /// </summary>
    private async Task<(TenantSession T, Guid ContactId)> DialledAsync(PlaceCallResult first)
    {
        var tuesday = api.NextTuesdayMorning();
        var t = await TenantSession.StartAsync(api);
        var contact = await t.CreateContactAsync(new { name = "Rita Reminder", phone = "07700 900123", appointmentTime = tuesday.AddDays(3).AddHours(4).ToString("O") });
        var contactId = contact.GetProperty("id").GetGuid();
        await api.RunDueWorkAsync();
        api.Voice.Answer = request => request.ContactId == contactId && api.Voice.For(contactId).Count == 1 ? first : PlaceCallResult.Ok($"call_{Guid.NewGuid():N}");
        api.Clock.AdvanceTo((await t.TimelineAsync(contactId)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset());
        await api.RunDueWorkAsync();
        Assert.Single(api.Voice.For(contactId));
        return (t, contactId);
    }


    /// <summary>The contact's last call ends with <paramref name="outcome"/>, which then reaches its reminder (the call orchestration's event).</summary>
    private async Task OutcomeAsync(TenantSession t, Guid contactId, CallOutcome outcome)
    {
        await api.Service<CallOutcomeService>().OutcomeAsync(t.Tenant.TenantId, api.Voice.For(contactId).Last().CallSessionId, outcome, CancellationToken.None);
        await api.RunDueWorkAsync();
    }

    [Fact]
    public async Task Timeout_TheAttemptIsNeverDialledAgain_AndItsLateOutcomeStillCounts()
    {
        var (t, contactId) = await DialledAsync(PlaceCallResult.Failed(PlacementFailure.Timeout));

        for (var minutes = 0; minutes < 20; minutes += 5)
        {
            api.Clock.Advance(TimeSpan.FromMinutes(5));
            await api.RunDueWorkAsync();
        }
        await OutcomeAsync(t, contactId, CallOutcome.Confirmed);

        Assert.Single(api.Voice.For(contactId));
        var timeline = await t.TimelineAsync(contactId);
        Assert.Equal("confirmed", timeline.GetProperty("reminder").Str("doneReason"));
    }

    [Fact]
    public async Task Timeout_WithNoWebhook_TheOutcomeCheckSettlesIt_AndOnlyTheNextAttemptDials()
    {
        var (t, contactId) = await DialledAsync(PlaceCallResult.Failed(PlacementFailure.Timeout));

        api.Clock.Advance(TimeSpan.FromMinutes(31));
        await api.RunDueWorkAsync();
        api.Clock.Advance(TimeSpan.FromHours(3));
        await api.RunDueWorkAsync();

        Assert.Equal([1, 2], api.Voice.For(contactId).Select(call => call.Attempt!.Value));
        var codes = (await t.TimelineAsync(contactId)).GetProperty("timeline").EnumerateArray().Select(line => line.Str("code"));
        Assert.Contains("outcome_timed_out", codes);
    }

    [Fact]
    public async Task Capacity_RequeuesInFiveMinutes_NotCounted_AndDialsTheSameAttemptAgain()
    {
        var (t, contactId) = await DialledAsync(PlaceCallResult.Failed(PlacementFailure.Capacity));
        var waiting = (await t.TimelineAsync(contactId)).GetProperty("reminder");

        api.Clock.Advance(TimeSpan.FromMinutes(5));
        await api.RunDueWorkAsync();
        await OutcomeAsync(t, contactId, CallOutcome.Confirmed);

        Assert.Equal(("scheduled", 0), (waiting.Str("status"), waiting.GetProperty("attempts").GetInt32()));
        Assert.Equal([1, 1], api.Voice.For(contactId).Select(call => call.Attempt!.Value));
        var contact = await (await (await api.SignInAsync(t.Tenant.AdminEmail, t.Tenant.AdminPassword)).Client.GetAsync($"/api/contacts/{contactId}")).ReadAsync();
        Assert.Equal(("confirmed", 1), (contact.Str("status"), contact.GetProperty("callAttempts").GetInt32()));
    }

    [Theory]
    [InlineData(PlacementFailure.Configuration)]
    [InlineData(PlacementFailure.Account)]
    public async Task SetUpOrAccountProblem_WaitsAnHour_ThenDialsAgain_NotCounted(PlacementFailure failure)
    {
        var (t, contactId) = await DialledAsync(PlaceCallResult.Failed(failure));
        var dialledAt = api.Clock.GetUtcNow();
        // An hour later, or the next allowed moment after it when that hour leaves the calling window.
        var retryAt = (await t.TimelineAsync(contactId)).GetProperty("reminder").GetProperty("nextCallAt").GetDateTimeOffset();
        Assert.True(retryAt >= dialledAt.AddMinutes(59), $"retry at {retryAt:O}, dialled at {dialledAt:O}");

        api.Clock.AdvanceTo(retryAt.AddMinutes(-1));
        await api.RunDueWorkAsync();
        var stillOne = api.Voice.For(contactId).Count;
        api.Clock.AdvanceTo(retryAt);
        await api.RunDueWorkAsync();

        Assert.Equal(1, stillOne);
        Assert.Equal([1, 1], api.Voice.For(contactId).Select(call => call.Attempt!.Value));
        Assert.Equal(0, (await t.TimelineAsync(contactId)).GetProperty("reminder").GetProperty("attempts").GetInt32());
    }

    [Theory]
    [InlineData(PlacementFailure.InvalidRequest)]
    [InlineData(PlacementFailure.ProviderError)]
    public async Task RefusedOrProviderError_CountsAFailedAttempt_AndRetriesLater(PlacementFailure failure)
    {
        var (t, contactId) = await DialledAsync(PlaceCallResult.Failed(failure));

        var reminder = (await t.TimelineAsync(contactId)).GetProperty("reminder");

        Assert.Equal(("scheduled", 1), (reminder.Str("status"), reminder.GetProperty("attempts").GetInt32()));
        Assert.Single(api.Voice.For(contactId));
    }
}
