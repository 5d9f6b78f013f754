using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Functions.Tests.Support;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Tests.Integrations.Calendar;

/// <summary>The webhook work writes calendar_events in production; here the rows are inserted directly.</summary>
[Collection(CalendarCollection.Name)]
public sealed class CalendarSyncStatusTests(CalendarApiFixture api)
{
    [Fact]
    public async Task Get_CountsImportsByTheTenantsDay_AndListsTheLatestTwentyFailedOrSkipped()
    {
        var t = await TenantSession.StartAsync(api);
        var id = (await t.PutOkAsync("calcom", new { autoCreate = true })).GetProperty("integrationId").GetGuid();
        await SetTimeZoneAsync(t.Tenant.TenantId, "Asia/Tokyo");
        var now = api.Clock.GetUtcNow();
        var tokyo = TimeZoneInfo.FindSystemTimeZoneById("Asia/Tokyo");
        var localMidnight = new DateTimeOffset(TimeZoneInfo.ConvertTime(now, tokyo).Date, tokyo.BaseUtcOffset).ToUniversalTime();
        await InsertAsync(t.Tenant.TenantId, id, "created", null, localMidnight.AddMinutes(1));
        await InsertAsync(t.Tenant.TenantId, id, "created", null, localMidnight.AddMinutes(2));
        await InsertAsync(t.Tenant.TenantId, id, "created", null, localMidnight.AddMinutes(-1));
        await InsertAsync(t.Tenant.TenantId, id, "updated", null, localMidnight.AddMinutes(3));
        for (var i = 0; i < 22; i++)
        {
            await InsertAsync(t.Tenant.TenantId, id, i % 2 == 0 ? "failed" : "skipped", i % 2 == 0 ? "no_phone" : "event_type_filtered",
                localMidnight.AddDays(-2).AddMinutes(i));
        }

        var status = (await CalendarSetup.GetOkAsync(t, "calcom")).GetProperty("syncStatus");

        Assert.Equal((2, 3), (status.GetProperty("importedToday").GetInt32(), status.GetProperty("importedTotal").GetInt32()));
        Assert.Equal(localMidnight.AddMinutes(3), status.GetProperty("lastEventAt").GetDateTimeOffset());
        var failed = status.GetProperty("failedImports").EnumerateArray().ToList();
        Assert.Equal(20, failed.Count);
        Assert.Equal(localMidnight.AddDays(-2).AddMinutes(21), failed[0].GetProperty("processedAt").GetDateTimeOffset());
        Assert.Equal(("BOOKING_CREATED", "skipped", "event_type_filtered", "uid-21"),
            (failed[0].Str("trigger"), failed[0].Str("outcome"), failed[0].Str("reason"), failed[0].Str("externalId")));
        Assert.Equal(("failed", "no_phone"), (failed[1].Str("outcome"), failed[1].Str("reason")));
    }

    [Fact]
    public async Task Get_ShowsNothingOfAnotherTenantsEvents()
    {
        var a = await TenantSession.StartAsync(api);
        var b = await TenantSession.StartAsync(api);
        var idOfA = (await a.PutOkAsync("calcom", new { autoCreate = true })).GetProperty("integrationId").GetGuid();
        await b.PutOkAsync("calcom", new { autoCreate = true });
        await InsertAsync(a.Tenant.TenantId, idOfA, "failed", "invalid_phone", api.Clock.GetUtcNow());

        var status = (await CalendarSetup.GetOkAsync(b, "calcom")).GetProperty("syncStatus");

        Assert.Equal(0, status.GetProperty("failedImports").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, status.GetProperty("lastEventAt").ValueKind);
        Assert.Equal(1, (await CalendarSetup.GetOkAsync(a, "calcom")).GetProperty("syncStatus").GetProperty("failedImports").GetArrayLength());
    }

    private async Task SetTimeZoneAsync(Guid tenantId, string zone)
    {
        await using var uow = await api.Service<Database>().BeginPlatformAsync(CancellationToken.None);
        await uow.ExecuteAsync("UPDATE tenants SET timezone = @Zone WHERE id = @Id", new { Zone = zone, Id = tenantId }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }

    private int _uid;

    private async Task InsertAsync(Guid tenantId, Guid integrationId, string outcome, string? reason, DateTimeOffset processedAt)
    {
        await using var uow = await api.Service<Database>().BeginTenantAsync(tenantId, CancellationToken.None);
        await uow.ExecuteAsync("""
            INSERT INTO calendar_events (id, tenant_id, integration_id, provider, trigger, external_id, outcome, reason, occurred_at, processed_at)
            VALUES (@Id, @TenantId, @IntegrationId, 'calcom', 'BOOKING_CREATED', @ExternalId, @Outcome, @Reason, @At, @At)
            """, new
        {
            Id = Ids.New(api.Clock),
            TenantId = tenantId,
            IntegrationId = integrationId,
            ExternalId = $"uid-{(outcome is "failed" or "skipped" ? _uid++ : -1)}",
            Outcome = outcome,
            Reason = reason,
            At = processedAt
        }, CancellationToken.None);
        await uow.CommitAsync(CancellationToken.None);
    }
}
