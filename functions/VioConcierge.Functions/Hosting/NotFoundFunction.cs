namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Any path no other function serves: a 404 ProblemDetails, like every other refusal, rather than the host's empty
/// 404. Routing prefers every literal or parameter route over this catch-all.
/// </summary>
public sealed class NotFoundFunction
{
    [Function(nameof(RouteNotFound)), Anonymous, NotDocumented]
    public IResult RouteNotFound(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", "post", "put", "patch", "delete", "head", "options", Route = "{*path}")] HttpRequest request) =>
        ApiProblems.NotFound("Route");
}
