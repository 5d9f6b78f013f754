using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Functions.Hosting;

/// <summary>
/// Which senders may tell the host who the client is. A request's client address (rate-limit partitions, sessions,
/// audit entries) is the address the Functions host received it from (it appends that to <c>X-Forwarded-For</c> when
/// forwarding to the worker from loopback), unless that sender is a trusted proxy: then it is the address that proxy
/// put last in <c>X-Forwarded-For</c>. No proxy in front of the host is trusted by default.
/// </summary>
public sealed class NetworkOptions
{
    public const string SectionName = "Network";

    /// <summary>Addresses (<c>127.0.0.1</c>) or networks in CIDR form (<c>10.0.0.0/8</c>) of trusted proxies.</summary>
    public List<string> TrustedProxies { get; set; } = [];

    /// <summary>How many trusted proxies in a row may each have appended an address (entries read from the right).</summary>
    [Range(1, 10)]
    public int ForwardLimit { get; set; } = 1;
}
