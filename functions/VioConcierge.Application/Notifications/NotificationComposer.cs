using System.Globalization;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Calls;
using VioConcierge.Core.Notifications;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Application.Notifications;

/// <summary>
/// Builds what an event says (<see cref="NotificationTexts"/>), naming its contact only as the voice agent may on a
/// call (<see cref="CallContextBuilder"/>: the tenant's HIPAA mode and level, or its personalisation level), with
/// the appointment in the contact's time zone. A contact deleted since is "a customer".
/// </summary>
public sealed class NotificationComposer(TenantSettings settings, IContactCallState contacts)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    public async Task<NotificationContent> ComposeAsync(IUnitOfWork uow, NotificationEvent e, CancellationToken ct) =>
        NotificationTexts.For(e, e.ContactId is { } id ? await MentionAsync(uow, id, ct) : null);

    private async Task<ContactMention?> MentionAsync(IUnitOfWork uow, Guid contactId, CancellationToken ct)
    {
        if (await contacts.CallFactsAsync(uow, contactId, ct) is not { Deleted: false } facts)
        {
            return null;
        }
        var (compliance, calls) = await settings.CallContextSettingsAsync(uow, ct);
        var context = CallContextBuilder.Build(new CallContextBuilder.Facts(facts.Name, facts.TenantName, facts.AppointmentAt ?? default,
            facts.Timezone, null, null, null, null, null), compliance, calls.PersonalisationLevel);
        var zone = TimeZoneInfo.FindSystemTimeZoneById(TimeZones.IsValidIana(facts.Timezone) ? facts.Timezone : facts.TenantTimezone);
        var appointment = facts.AppointmentAt is { } at
            ? TimeZoneInfo.ConvertTime(at, zone).ToString("ddd d MMM yyyy 'at' HH:mm", English)
            : null;
        return new ContactMention(contactId, context.CustomerName, appointment);
    }
}
