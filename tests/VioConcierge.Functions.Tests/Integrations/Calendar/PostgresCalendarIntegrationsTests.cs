using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Calendar;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

[Collection(ApiCollection.Name)]
public sealed class PostgresCalendarIntegrationsTests(ApiFixture api)
{
    private static readonly CalendarIntegrationSettings Settings =
        new("desk@example.org", ["42"], 24, DuplicateHandling.SkipDuplicates, false);

    [Fact]
    public async Task Resolve_WithoutAnyTenantScope_FindsTheOwningTenantAndItsSettings()
    {
        var t = await TenantSession.StartAsync(api);
        var id = await SaveAsync(t.Tenant.TenantId, CalendarProvider.Calendly);

        var found = await Store.ResolveAsync(id, CancellationToken.None);

        Assert.NotNull(found);
        Assert.Equal((id, t.Tenant.TenantId, CalendarProvider.Calendly, true), (found.Id, found.TenantId, found.Provider, found.Enabled));
        Assert.Equal(("desk@example.org", 24, DuplicateHandling.SkipDuplicates, false),
            (found.Settings.OrganizerEmail, found.Settings.CallBeforeHours, found.Settings.DuplicateHandling, found.Settings.AutoCreate));
        Assert.Equal(["42"], found.Settings.EventTypeFilter);
        Assert.Null(await Store.ResolveAsync(Guid.NewGuid(), CancellationToken.None));
    }

    [Fact]
    public async Task Get_InAnotherTenantsScope_SeesNothing_AndASecondCreateIsAConflict()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        await SaveAsync(a.Tenant.TenantId, CalendarProvider.CalCom);

        await using var uow = await Db.BeginTenantAsync(b.Tenant.TenantId, CancellationToken.None);
        Assert.Null(await Store.GetAsync(uow, CalendarProvider.CalCom, CancellationToken.None));
        await using var uowA = await Db.BeginTenantAsync(a.Tenant.TenantId, CancellationToken.None);
        var again = await Store.SaveAsync(uowA, CalendarProvider.CalCom, false, Settings, 0, Guid.NewGuid(), null, api.Clock.GetUtcNow(), CancellationToken.None);
        Assert.Null(again);
    }

    private PostgresCalendarIntegrations Store => api.Service<PostgresCalendarIntegrations>();

    private Database Db => api.Service<Database>();

    private async Task<Guid> SaveAsync(Guid tenantId, CalendarProvider provider)
    {
        await using var uow = await Db.BeginTenantAsync(tenantId, CancellationToken.None);
        var saved = await Store.SaveAsync(uow, provider, true, Settings, 0, Ids.New(api.Clock), null, api.Clock.GetUtcNow(), CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
        return saved!.Value.Id;
    }
}
