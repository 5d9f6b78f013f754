using VioConcierge.Application.DeadLetters;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Identity;
using VioConcierge.Functions.Hosting;
using VioConcierge.Functions.Identity;

namespace VioConcierge.Functions.Work;

/// <summary>Dead-lettered work: inspect what failed and put an item back on the queue once the cause is fixed.</summary>
[ApiTag("Admin: work queue")]
public sealed class AdminWorkFunctions(Caller caller, DeadLetterService deadLetters)
{
    [Function(nameof(ListDeadLetters)), RequirePermission(Permission.ManageWorkQueue), Query(typeof(DeadLetterListQuery)), Query(typeof(PageQuery)),
     Returns(typeof(Page<DeadLetter>))]
    public async Task<IResult> ListDeadLetters(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/admin/work/dead-letters")] HttpRequest request, CancellationToken ct)
    {
        var filter = request.Bind<DeadLetterListQuery>();
        var page = request.Bind<PageQuery>();
        return (await deadLetters.ListAsync(filter.Kind, page.Limit, page.Cursor, ct)).ToHttp(found => TypedResults.Ok(found), "Dead letters");
    }

    [Function(nameof(ReplayDeadLetter)), RequirePermission(Permission.ManageWorkQueue), Returns(202)]
    public async Task<IResult> ReplayDeadLetter(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/admin/work/{id:guid}/replay")] HttpRequest request, Guid id, CancellationToken ct) =>
        (await deadLetters.ReplayAsync(caller.User, id, ct)).ToHttp(_ => TypedResults.Accepted((string?)null), "Dead-lettered work item");
}

/// <summary>The dead-letter list's filter: the kind of work item.</summary>
public sealed record DeadLetterListQuery(string? Kind = null);
