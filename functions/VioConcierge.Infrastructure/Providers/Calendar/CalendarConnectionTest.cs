using System.Globalization;
using Microsoft.Extensions.Logging;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Integrations.Calendar;
using VioConcierge.Core.Integrations;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Infrastructure.Providers.Calendar;

/// <summary>
/// Checks a tenant's saved Cal.com or Calendly set-up against the provider with the stored key, and stores nothing:
/// the key (Cal.com <c>GET /v2/me</c>, Calendly <c>GET /users/me</c>), that the key's account email is the organizer
/// email, and that each event type in the filter exists for that key (Cal.com <c>GET /v2/event-types/{id}</c>,
/// Calendly <c>GET /event_types/{uuid}</c>).
/// </summary>
public sealed class CalendarConnectionTest(
    ITransactions database, ICalendarIntegrations integrations, ISecretStore secrets, CalComClient calCom, CalendlyClient calendly,
    ILogger<CalendarConnectionTest> logger) : ICalendarConnectionTest
{
    public async Task<CalendarTestResponse> RunAsync(Guid tenantId, CalendarProvider provider, CancellationToken ct)
    {
        CalendarIntegrationSettings settings;
        await using (var uow = await database.BeginTenantAsync(tenantId, ct))
        {
            settings = (await integrations.GetAsync(uow, provider, ct))?.Settings ?? CalendarIntegrationSettings.Default;
        }
        var key = await secrets.GetAsync(tenantId, provider.ApiKeySecretName(), ct);
        var checks = new List<CalendarCheck>();
        if (key is null)
        {
            checks.Add(new("key", CalendarCheck.Failed, "No API key is stored: save one first."));
            checks.Add(CalendarApiChecks.Skipped("organizerEmail"));
            checks.AddRange(settings.EventTypeFilter.Select(entry => CalendarApiChecks.Skipped(EventTypeCheck(entry))));
        }
        else
        {
            await CheckWithKeyAsync(provider, key, settings, checks, ct);
        }
        logger.LogInformation("Calendar connection test {Provider} for tenant {TenantId}: {Statuses}",
            provider.Name(), tenantId, string.Join(",", checks.Select(check => check.Status)));
        return CalendarTestResponse.Of(checks);
    }

    private async Task CheckWithKeyAsync(CalendarProvider provider, string key, CalendarIntegrationSettings settings, List<CalendarCheck> checks, CancellationToken ct)
    {
        var title = Title(provider);
        var me = provider == CalendarProvider.CalCom ? await calCom.GetMeAsync(key, ct) : await calendly.GetCurrentUserAsync(key, ct);
        var keyCheck = CalendarApiChecks.Describe("key", title, me, $"{title} accepted the key.",
            new("key", CalendarCheck.Error, $"{title} has no such endpoint (404): check the configured base URL."));
        checks.Add(keyCheck);
        var accepted = keyCheck.Status == CalendarCheck.Passed;
        checks.Add(accepted ? OrganizerCheck(settings.OrganizerEmail, provider == CalendarProvider.CalCom ? CalComClient.Email(me) : CalendlyClient.Email(me))
            : CalendarApiChecks.Skipped("organizerEmail"));
        foreach (var entry in settings.EventTypeFilter)
        {
            var name = EventTypeCheck(entry);
            if (!accepted)
            {
                checks.Add(CalendarApiChecks.Skipped(name));
                continue;
            }
            var answer = provider == CalendarProvider.CalCom
                ? await calCom.GetEventTypeAsync(key, long.Parse(entry, CultureInfo.InvariantCulture), ct)
                : await calendly.GetEventTypeAsync(key, entry, ct);
            checks.Add(CalendarApiChecks.Describe(name, title, answer, $"{title} has this event type.",
                new(name, CalendarCheck.Failed, $"{title} has no event type {entry} for this key's account.")));
        }
    }

    private static CalendarCheck OrganizerCheck(string? organizer, string? account) => (organizer, account) switch
    {
        (null, _) => new("organizerEmail", CalendarCheck.Failed, "No organizer email is set."),
        (_, null) => new("organizerEmail", CalendarCheck.Error, "The provider's answer has no account email to compare."),
        _ when string.Equals(organizer, account.Trim(), StringComparison.OrdinalIgnoreCase) =>
            new("organizerEmail", CalendarCheck.Passed, "The key belongs to the organizer email's account."),
        _ => new("organizerEmail", CalendarCheck.Failed, $"The key belongs to a different account than {organizer}."),
    };

    private static string EventTypeCheck(string entry) => $"eventType:{entry}";

    private static string Title(CalendarProvider provider) => provider == CalendarProvider.CalCom ? "Cal.com" : "Calendly";
}
