using VioConcierge.Application.Business;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Business;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Business;

/// <summary>
/// The business profile (client admins): names, type, contact details, address, time zone, operating schedule,
/// automatic logout and bank holiday region. PATCH changes the fields it names; PUT, the route's older verb, takes the
/// same body with the same meaning (fields left out stay as they are). If-Match (or <c>version</c>) guards lost updates.
/// </summary>
[ApiTag("Settings")]
public sealed class BusinessProfileFunctions(Caller caller, BusinessProfileService profiles)
{
    private const string Route = "api/settings/business";

    [Function(nameof(GetBusinessProfile)), RequirePermission(Permission.ManageBusinessSettings), Returns(typeof(BusinessProfileResponse)), ReturnsETag]
    public async Task<IResult> GetBusinessProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = Route)] HttpRequest request, CancellationToken ct) =>
        WithETag(request.HttpContext, await profiles.GetAsync(caller.User, ct));

    [Function(nameof(PatchBusinessProfile)), RequirePermission(Permission.ManageBusinessSettings), JsonBody(typeof(BusinessProfilePatch)),
     Returns(typeof(BusinessProfileResponse)), ReturnsETag]
    public Task<IResult> PatchBusinessProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = Route)] HttpRequest request, CancellationToken ct) => SaveAsync(request, ct);

    [Function(nameof(PutBusinessProfile)), RequirePermission(Permission.ManageBusinessSettings), JsonBody(typeof(BusinessProfilePatch)),
     Returns(typeof(BusinessProfileResponse)), ReturnsETag]
    public Task<IResult> PutBusinessProfile(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = Route)] HttpRequest request, CancellationToken ct) => SaveAsync(request, ct);

    private async Task<IResult> SaveAsync(HttpRequest request, CancellationToken ct)
    {
        var body = await request.ReadJsonAsync<BusinessProfilePatch>(ct);
        var context = request.HttpContext;
        var errors = new FieldErrors();
        var expected = context.Request.Headers.IfMatch.Count > 0 || body.Version is not null ? ExpectedVersion.Read(context, body.Version, errors) : null;
        return (await profiles.SaveAsync(caller.User, body, expected, errors, ct)).ToHttp(saved => WithETag(context, saved), "Business profile");
    }

    private static IResult WithETag(HttpContext context, BusinessProfileResponse profile) => ExpectedVersion.Ok(context, profile, profile.Version);
}
