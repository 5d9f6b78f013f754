using VioConcierge.Core.Calls;
using VioConcierge.Core.Compliance;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Calls;

/// <summary>Reads what a call needs and builds the context the voice agent receives (never the notes).</summary>
public sealed class CallFactsReader(TenantSettings settings, ContactCipher cipher)
{
    public Task<CallFacts?> ReadAsync(UnitOfWork uow, Guid contactId, CancellationToken ct) =>
        uow.QuerySingleOrDefaultAsync<CallFacts>("""
            SELECT c.id AS contact_id, c.name, c.phone, c.appointment_at, c.timezone, c.appointment_type, c.owner_name,
                   c.company_name, c.duration_minutes, c.special_instructions, c.deleted_at IS NOT NULL AS deleted,
                   (c.opted_out OR EXISTS (SELECT 1 FROM do_not_call d WHERE d.tenant_id = c.tenant_id AND d.phone = c.phone)) AS do_not_call,
                   t.name AS tenant_name, t.status AS tenant_status, t.timezone AS tenant_timezone
            FROM contacts c JOIN tenants t ON t.id = c.tenant_id
            WHERE c.tenant_id = @TenantId AND c.id = @ContactId
            """, new { uow.TenantId, ContactId = contactId }, ct);

    public async Task<CallContext> ContextAsync(UnitOfWork uow, CallFacts facts, CancellationToken ct) =>
        Context(uow, facts, await settings.CallContextSettingsAsync(uow, ct));

    /// <summary>The context from settings already read (<see cref="TenantSettings.CallContextSettingsAsync"/>), for calls of one tenant placed together.</summary>
    public CallContext Context(UnitOfWork uow, CallFacts facts, (ComplianceSettings Compliance, CallSettings Calls) tenantSettings)
    {
        var (compliance, calls) = tenantSettings;
        var instructions = cipher.Unprotect(uow.TenantId!.Value, facts.ContactId, "special_instructions", facts.SpecialInstructions);
        return CallContextBuilder.Build(
            new CallContextBuilder.Facts(facts.Name, facts.TenantName, facts.AppointmentAt ?? DateTimeOffset.MinValue, facts.Timezone,
                facts.AppointmentType, facts.OwnerName, facts.CompanyName, facts.DurationMinutes, instructions),
            compliance, calls.PersonalisationLevel);
    }
}
