using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Contacts;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Calls;

/// <summary>
/// Call Now: the seed's checks in order (voice configuration, tenant active, calling hours, limits, valid number,
/// at most 2 manual calls per contact, 8 hours since the last call, do-not-call); the first that fails is named as the
/// failure's reason (a limit as too many requests with its retry time, the others as unprocessable).
/// A slot taken for a call that then fails a later check is released with the rolled-back transaction; the session
/// created with it holds it until the call ends (it counts toward the tenant's calls at once from then on).
/// </summary>
public sealed class CallNowService(
    ITransactions database, CallFactsReader facts, CallSlots slots, TenantSettings settings, IVoiceProvider voice,
    ICallSessionStore sessions, IContactCallState contactState, IWorkQueue queue, IAuditLog audit, TimeProvider time)
{
    public const int MaxManualCallsPerContact = 2;
    public static readonly TimeSpan MinimumGap = TimeSpan.FromHours(8);

    public async Task<Result<Guid>> StartAsync(CurrentUser me, Guid contactId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginForAsync(me, ct);
        var contact = await facts.ReadAsync(uow, contactId, ct);
        if (contact is null || contact.Deleted)
        {
            return Result<Guid>.NotFound();
        }
        if (await FirstFailureAsync(uow, contact, now, ct) is { } failure)
        {
            return failure;
        }
        var session = await sessions.CreateOnceAsync(uow, CallSessionRow.WithSlot(
            me.TenantId!.Value, Ids.New(time), contactId, "manual", $"manual:{Guid.NewGuid():N}", now, createdBy: me.UserId), ct);
        await queue.EnqueueManyAsync(uow, CallSessionWork.For(me.TenantId, session, now), ct);
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.CallNow, "contact",
            contactId.ToString(), new AuditChanges().Set("callSessionId", session.Id).Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        return session.Id;
    }

    private async Task<Failure?> FirstFailureAsync(IUnitOfWork uow, CallFacts contact, DateTimeOffset now, CancellationToken ct)
    {
        var hours = (await settings.ReminderPolicyAsync(uow, ct)).Calling.Check(now);
        var facts = new DialFacts(contact.Deleted, contact.DoNotCall, contact.TenantStatus == TenantStatus.Active,
            VoiceConfigured: await voice.IsConfiguredAsync(uow.TenantId!.Value, ct),
            CallingHours: hours,
            NumberValid: UkPhoneNumber.TryParse(contact.Phone, out _) && !await contactState.IsFlaggedInvalidNumberAsync(uow, contact.ContactId, ct));
        if (DiallingGate.Refusal(facts) is { } refusal)
        {
            return Refuse(refusal, Explain(refusal, hours));
        }
        var slot = await slots.TryTakeAsync(uow, contact.TenantTimezone, ct);
        if (!slot.Allowed)
        {
            return new Failure(FailureKind.TooManyRequests, Detail: "Too many calls right now; try again later.", Reason: slot.Reason, RetryAt: slot.RetryAt);
        }
        var history = await sessions.ManualCallHistoryAsync(uow, contact.ContactId, now - MinimumGap, ct);
        if (history.Manual >= MaxManualCallsPerContact)
        {
            return Refuse(DialRefusals.ManualCallLimit, $"This contact has had {MaxManualCallsPerContact} manual calls already.");
        }
        return history.Recent ? Refuse(DialRefusals.RecentCall, "This contact was called in the last 8 hours.") : null;
    }

    private static string Explain(string refusal, AllowedCheck hours) => refusal switch
    {
        DialRefusals.TenantNotActive => "Calling is paused for this account.",
        DialRefusals.DoNotCall => "This contact is on the do-not-call list.",
        DialRefusals.VoiceNotConfigured => "Set up the voice agent and caller number first.",
        DialRefusals.OutsideCallingHours => $"Calls are not allowed now ({hours.Reason}).",
        DialRefusals.InvalidNumber => "The contact's number is not a valid UK number.",
        _ => "The contact cannot be called.",
    };

    private static Failure Refuse(string check, string detail) => new(FailureKind.Unprocessable, Detail: detail, Reason: check);
}
