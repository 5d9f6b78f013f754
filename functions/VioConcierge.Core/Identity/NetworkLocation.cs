using System.Net;
using System.Net.Sockets;

namespace VioConcierge.Core.Identity;

/// <summary>
/// What can honestly be said of where a sign-in came from without a geolocation database: the kind of network its
/// client address belongs to (this machine, a private or carrier network, link-local), or, for a public address, only
/// that it is one: no city or country is guessed. An address that does not parse is "Unknown".
/// </summary>
public static class NetworkLocation
{
    public const string PublicInternet = "Public internet (location not looked up)";

    public static string Describe(string? address)
    {
        if (!IPAddress.TryParse(address, out var ip))
        {
            return "Unknown";
        }
        if (ip.IsIPv4MappedToIPv6)
        {
            ip = ip.MapToIPv4();
        }
        if (IPAddress.IsLoopback(ip))
        {
            return "This computer (loopback)";
        }
        return ip.AddressFamily == AddressFamily.InterNetwork ? OfIPv4(ip.GetAddressBytes()) : OfIPv6(ip);
    }

    private static string OfIPv4(byte[] b) => b switch
    {
        [10, ..] or [172, >= 16 and <= 31, ..] or [192, 168, ..] => "Private network",
        [100, >= 64 and <= 127, ..] => "Carrier-grade NAT (shared mobile or ISP address)",
        [169, 254, ..] => "Link-local network",
        _ => PublicInternet,
    };

    private static string OfIPv6(IPAddress ip) =>
        ip.IsIPv6LinkLocal ? "Link-local network"
        : ip.IsIPv6UniqueLocal || ip.IsIPv6SiteLocal ? "Private network"
        : PublicInternet;
}
