using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Calls;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Application.Calls;

/// <summary>Reads what a call needs and builds the context the voice agent receives (never the notes).</summary>
public sealed class CallFactsReader(TenantSettings settings, IContactCipher cipher, IContactCallState contacts)
{
    public Task<CallFacts?> ReadAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct) => contacts.CallFactsAsync(uow, contactId, ct);

    public async Task<CallContext> ContextAsync(IUnitOfWork uow, CallFacts facts, CancellationToken ct) =>
        Context(uow, facts, await settings.CallContextSettingsAsync(uow, ct));

    /// <summary>The context from settings already read (<see cref="TenantSettings.CallContextSettingsAsync"/>), for calls of one tenant placed together.</summary>
    public CallContext Context(IUnitOfWork uow, CallFacts facts, (ComplianceSettings Compliance, CallSettings Calls) tenantSettings)
    {
        var (compliance, calls) = tenantSettings;
        var instructions = cipher.Unprotect(uow.TenantId!.Value, facts.ContactId, "special_instructions", facts.SpecialInstructions);
        return CallContextBuilder.Build(
            new CallContextBuilder.Facts(facts.Name, facts.TenantName, facts.AppointmentAt ?? DateTimeOffset.MinValue, facts.Timezone,
                facts.AppointmentType, facts.OwnerName, facts.CompanyName, facts.DurationMinutes, instructions),
            compliance, calls.PersonalisationLevel);
    }
}
