using VioConcierge.Application.Identity;
using VioConcierge.Application.Settings;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

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
        group.MapGet("/calls", async (CurrentUser me, SettingsService settings, HttpContext c, CancellationToken ct) =>
            Read(await settings.CallsAsync(me, ct), c)).RequirePermission(Permission.ViewContacts)
            .Produces<CallSettings>().ReturnsETag();
        group.MapPut("/calls", async (CallSettings body, CurrentUser me, SettingsService settings, HttpContext c, CancellationToken ct) =>
            Saved(await settings.SaveCallsAsync(me, body, IfMatch(c, out var errors), errors, ct), c))
            .RequirePermission(Permission.ConfigureCallSettings).Produces<CallSettings>().ReturnsETag();
        group.MapGet("/business", async (CurrentUser me, SettingsService settings, HttpContext c, CancellationToken ct) =>
            Read(await settings.BusinessAsync(me, ct), c)).RequirePermission(Permission.ViewContacts)
            .Produces<BusinessSettings>().ReturnsETag();
        group.MapPut("/business", async (BusinessSettings body, CurrentUser me, SettingsService settings, HttpContext c, CancellationToken ct) =>
            Saved(await settings.SaveBusinessAsync(me, body, IfMatch(c, out var errors), errors, ct), c))
            .RequirePermission(Permission.ManageBusinessSettings).Produces<BusinessSettings>().ReturnsETag();
        return app;
    }

    private static int? IfMatch(HttpContext context, out FieldErrors errors)
    {
        errors = new FieldErrors();
        return context.Request.Headers.IfMatch.Count > 0 ? ExpectedVersion.Read(context, null, errors) : null;
    }

    private static IResult Read<T>(Versioned<T> settings, HttpContext context)
    {
        if (settings.Version > 0)
        {
            context.Response.Headers.ETag = ExpectedVersion.ETag(settings.Version);
        }
        return TypedResults.Ok(settings.Value);
    }

    private static IResult Saved<T>(Result<Versioned<T>> result, HttpContext context) => result.ToHttp(saved =>
    {
        context.Response.Headers.ETag = ExpectedVersion.ETag(saved.Version);
        return TypedResults.Ok(saved.Value);
    }, "Settings");
}
