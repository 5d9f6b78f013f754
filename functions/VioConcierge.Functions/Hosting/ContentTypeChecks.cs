using Microsoft.AspNetCore.Routing.Matching;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Content types are checked by the endpoint, after authentication and authorization, not by routing. Routing's
/// accepts policy turns a body of the wrong type into a 415 endpoint of its own, which needs no signed-in user, so an
/// anonymous caller got 415 (and learnt the route's body rules) where it must get 401. Without it, the endpoint's
/// JSON binding answers 415 the same way for callers who may use the route (see
/// <see cref="ProblemDetailsExceptionHandler"/>); routes taking other bodies check their content type themselves.
/// </summary>
public static class ContentTypeChecks
{
    private const string RoutingAcceptsPolicy = "AcceptsMatcherPolicy";

    public static IServiceCollection CheckContentTypesAtTheEndpoint(this IServiceCollection services)
    {
        foreach (var policy in services.Where(IsRoutingAcceptsPolicy).ToList())
        {
            services.Remove(policy);
        }
        return services;
    }

    private static bool IsRoutingAcceptsPolicy(ServiceDescriptor descriptor) =>
        descriptor.ServiceType == typeof(MatcherPolicy) && descriptor.ImplementationType?.Name == RoutingAcceptsPolicy;
}
