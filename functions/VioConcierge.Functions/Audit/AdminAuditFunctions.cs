using VioConcierge.Application.Audit;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;

namespace VioConcierge.Functions.Audit;

/// <summary>The platform audit log, newest first, with filters combined by AND.</summary>
[ApiTag("Admin: audit")]
public sealed class AdminAuditFunctions(AuditQueryService audit)
{
    [Function(nameof(ListPlatformAudit)), RequirePermission(Permission.ViewPlatformAudit), Query(typeof(AuditFilter)), Query(typeof(PageQuery)),
     Returns(typeof(Page<AuditResponse>))]
    public async Task<IResult> ListPlatformAudit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/audit")] HttpRequest request, CancellationToken ct)
    {
        var filter = request.Bind<AuditFilter>();
        var page = request.Bind<PageQuery>();
        return (await audit.ListAsync(filter, page.Limit, page.Cursor, ct)).ToHttp(found => TypedResults.Ok(found), "Audit");
    }
}
