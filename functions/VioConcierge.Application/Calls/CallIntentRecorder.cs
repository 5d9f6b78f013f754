using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Records the intent to dial, in the caller's transaction scoped to the sessions' tenant: each session is locked and
/// checked (still to be placed, contact callable, tenant active, voice configured) and its call context built. Sessions
/// hold the dialling slot they were created with; only a reminder session of the previous version takes its slot here,
/// last, all of the tenant's at once (the limiter's lock lasts until the commit). A session that may be dialled is
/// marked placed; a refused one is recorded with its reason (which frees its slot) and its item completed. The caller
/// commits before dialling.
/// </summary>
public sealed class CallIntentRecorder(
    ICallSessionStore sessions,
    CallFactsReader facts,
    TenantSettings settings,
    CallSlots slots,
    CallOutcomeService outcomes,
    IVoiceProvider voice,
    TimeProvider time)
{
    /// <summary>The requests to send, for the sessions that may be dialled now.</summary>
    public async Task<IReadOnlyList<(Guid SessionId, WorkCompletion? Completion, CallRequest Request)>> RecordAsync(
        IUnitOfWork uow, IReadOnlyList<(Guid SessionId, WorkCompletion? Completion)> placements, CancellationToken ct)
    {
        var ready = new List<Prepared>();
        (ComplianceSettings, CallSettings)? contextSettings = null;
        foreach (var (sessionId, completion) in placements)
        {
            if (await PrepareAsync(uow, sessionId, completion, async () => contextSettings ??= await settings.CallContextSettingsAsync(uow, ct), ct) is { } prepared)
            {
                ready.Add(prepared);
            }
        }
        var needSlots = ready.Count(NeedsSlot);
        var grant = needSlots == 0 ? null : await slots.TryTakeManyAsync(uow, ready.First(NeedsSlot).Contact.TenantTimezone, needSlots, ct);
        var requests = new List<(Guid, WorkCompletion?, CallRequest)>();
        var slot = 0;
        foreach (var call in ready)
        {
            var check = NeedsSlot(call) ? grant!.For(slot++) : LimitCheck.Ok;
            if (!check.Allowed)
            {
                await RefuseAsync(uow, call.Session, check.Reason!, check.RetryAt, call.Completion, ct);
                continue;
            }
            requests.Add((call.Session.Id, call.Completion, await PlaceAsync(uow, call, ct)));
        }
        return requests;
    }

    private async Task<Prepared?> PrepareAsync(
        IUnitOfWork uow, Guid sessionId, WorkCompletion? completion, Func<Task<(ComplianceSettings, CallSettings)>> contextSettings, CancellationToken ct)
    {
        var session = await sessions.FindAsync(uow, sessionId, forUpdate: true, ct);
        if (session is null || session.PlacedAt is not null || session.Status != CallSessionStatus.Initiated)
        {
            return null;
        }
        var contact = await facts.ReadAsync(uow, session.ContactId, ct);
        if (await GateAsync(uow, contact, ct) is { } refusal)
        {
            await RefuseAsync(uow, session, refusal.Reason, refusal.RetryAt, completion, ct);
            return null;
        }
        return new Prepared(session, contact!, facts.Context(uow, contact!, await contextSettings()), completion);
    }

    private async Task<CallRequest> PlaceAsync(IUnitOfWork uow, Prepared call, CancellationToken ct)
    {
        var (session, contact) = (call.Session, call.Contact);
        (session.PlacedAt, session.UpdatedAt) = (time.GetUtcNow(), time.GetUtcNow());
        session.SlotTakenAt ??= session.PlacedAt;
        await sessions.SaveAsync(uow, session, ct);
        return new CallRequest(uow.TenantId!.Value, session.ContactId, session.Id, session.ReminderId, session.Attempt, contact.Phone,
            session.IdempotencyKey, call.Context);
    }

    private async Task RefuseAsync(IUnitOfWork uow, CallSessionRow session, string reason, DateTimeOffset? retryAt, WorkCompletion? completion, CancellationToken ct)
    {
        await outcomes.RefusedAsync(uow, session, reason, retryAt, ct);
        if (completion is not null)
        {
            await completion.CompleteInAsync(uow, ct);
        }
    }

    private async Task<(string Reason, DateTimeOffset? RetryAt)?> GateAsync(IUnitOfWork uow, CallFacts? contact, CancellationToken ct)
    {
        var facts = contact is null ? DialFacts.NoContact : new DialFacts(contact.Deleted, contact.DoNotCall, contact.TenantStatus == TenantStatus.Active,
            VoiceConfigured: await voice.IsConfiguredAsync(uow.TenantId!.Value, ct));
        return DiallingGate.Refusal(facts) switch
        {
            null => null,
            DialRefusals.VoiceNotConfigured => (DialRefusals.VoiceNotConfigured, time.GetUtcNow() + ReminderPolicy.ProviderConfigurationDelay),
            var refusal => (refusal, null),
        };
    }

    /// <summary>
    /// Whether the session still needs its dialling slot: only a reminder session created by the previous version, whose
    /// timer did not take one. Every other session was created with its slot (Call Now, campaign step, reminder timer).
    /// </summary>
    private static bool NeedsSlot(Prepared call) => call.Session is { Kind: "reminder", SlotTakenAt: null };

    private sealed record Prepared(CallSessionRow Session, CallFacts Contact, CallContext Context, WorkCompletion? Completion);
}
