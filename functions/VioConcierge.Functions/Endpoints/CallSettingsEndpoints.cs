using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;
using VioConcierge.Functions.Settings;
using VioConcierge.Infrastructure.Audit;
using VioConcierge.Infrastructure.Postgres;
using VioConcierge.Infrastructure.Settings;

namespace VioConcierge.Functions.Endpoints;

/// <summary>
/// Call settings (timing, retries, calling window, weekends, holidays, closed dates, minimum lead, voice) and business
/// settings (bank holiday region). PUT replaces the section; If-Match with the version guards lost updates.
/// </summary>
public static class CallSettingsEndpoints
{
    public static IEndpointRouteBuilder MapCallSettingsEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/settings").WithTags("Settings");
        group.MapGet("/calls", async (CurrentUser me, ITransactions db, TenantSettings s, HttpContext c, CancellationToken ct) =>
            await ReadAsync(me, db, c, (uow, t) => s.CallsAsync(uow, t), ct)).RequirePermission(Permission.ViewContacts)
            .Produces<CallSettings>().ReturnsETag();
        group.MapPut("/calls", async (CallSettings body, CurrentUser me, ITransactions db, TenantSettings s, ISettingsStore store, IAuditLog audit,
                TimeProvider time, HttpContext c, CancellationToken ct) =>
            await SaveAsync(me, db, store, audit, time, c, CallSettings.Section, body, body.Validate(), (uow, t) => s.CallsAsync(uow, t), ct))
            .RequirePermission(Permission.ConfigureCallSettings).Produces<CallSettings>().ReturnsETag();
        group.MapGet("/business", async (CurrentUser me, ITransactions db, TenantSettings s, HttpContext c, CancellationToken ct) =>
            await ReadAsync(me, db, c, (uow, t) => s.BusinessAsync(uow, t), ct)).RequirePermission(Permission.ViewContacts)
            .Produces<BusinessSettings>().ReturnsETag();
        group.MapPut("/business", async (BusinessSettings body, CurrentUser me, ITransactions db, TenantSettings s, ISettingsStore store,
                IAuditLog audit, TimeProvider time, HttpContext c, CancellationToken ct) =>
            await SaveAsync(me, db, store, audit, time, c, BusinessSettings.Section, body,
                new FieldErrors().AddIf(!Enum.IsDefined(body.BankHolidayRegion), "bankHolidayRegion", "Unknown bank holiday region."),
                (uow, t) => s.BusinessAsync(uow, t), ct))
            .RequirePermission(Permission.ManageBusinessSettings).Produces<BusinessSettings>().ReturnsETag();
        return app;
    }

    private static async Task<IResult> ReadAsync<T>(CurrentUser me, ITransactions database, HttpContext context,
        Func<IUnitOfWork, CancellationToken, Task<(T Value, int Version)>> read, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        var (value, version) = await read(uow, ct);
        if (version > 0)
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(version);
        }
        return TypedResults.Ok(value);
    }

    private static async Task<IResult> SaveAsync<T>(CurrentUser me, ITransactions database, ISettingsStore store, IAuditLog audit,
        TimeProvider time, HttpContext context, string section, T value, FieldErrors errors,
        Func<IUnitOfWork, CancellationToken, Task<(T Value, int Version)>> read, CancellationToken ct)
    {
        var expected = context.Request.Headers.IfMatch.Count > 0 ? ExpectedVersion.Read(context, null, errors) : null;
        if (!errors.IsEmpty)
        {
            return ApiProblems.Validation(errors);
        }
        await using var uow = await database.BeginForAsync(me, ct);
        var (_, version) = await read(uow, ct);
        if (expected is { } wanted && wanted != version)
        {
            return ApiProblems.Conflict("The settings were changed elsewhere; reload them and try again.");
        }
        if (await store.SaveAsync(uow, section, value, version, me.UserId, time.GetUtcNow(), ct) is not { } saved)
        {
            return ApiProblems.Conflict("The settings were changed elsewhere; reload them and try again.");
        }
        await audit.AppendAsync(uow, new AuditEntry(me.TenantId, me.UserId, me.Role.ToName(), AuditActions.SettingsUpdated, "settings", section,
            new AuditChanges().Set("version", saved).Build(), me.ClientIp), ct);
        await uow.CommitAsync(ct);
        context.Response.Headers.ETag = ExpectedVersion.ETag(saved);
        return TypedResults.Ok(value);
    }
}
