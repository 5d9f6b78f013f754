using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.Extensions.Options;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// The one client address of a request: the worker's <see cref="ForwardedHeadersMiddleware"/> rewrites
/// <c>Connection.RemoteIpAddress</c> from <c>X-Forwarded-For</c>, reading from the right past trusted senders: the
/// Functions host, which forwards every request to the worker from loopback with the address it received it from
/// appended, and then <see cref="NetworkOptions.TrustedProxies"/>. Everything that needs the client's address reads it
/// there.
/// </summary>
public static class ClientAddressSetup
{
    public static IServiceCollection AddClientAddress(this IServiceCollection services)
    {
        services.AddOptions<NetworkOptions>().BindConfiguration(NetworkOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(options => options.TrustedProxies.All(IsValid),
                "Network:TrustedProxies holds an entry that is neither an IP address nor a CIDR network.")
            .ValidateOnStart();
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<NetworkOptions>>((forwarded, network) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
            forwarded.ForwardLimit = network.Value.ForwardLimit + 1;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            forwarded.KnownProxies.Add(IPAddress.Loopback);
            forwarded.KnownProxies.Add(IPAddress.IPv6Loopback);
            foreach (var entry in network.Value.TrustedProxies.Select(entry => entry.Trim()))
            {
                if (IsNetwork(entry))
                {
                    forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                }
                else
                {
                    forwarded.KnownProxies.Add(IPAddress.Parse(entry));
                }
            }
        });
        return services;
    }

    private static bool IsNetwork(string entry) => entry.Contains('/', StringComparison.Ordinal);

    private static bool IsValid(string entry) => IsNetwork(entry.Trim())
        ? System.Net.IPNetwork.TryParse(entry.Trim(), out _)
        : IPAddress.TryParse(entry.Trim(), out _);
}
