using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public sealed class NetworkLocationTests
{
    [Theory]
    [InlineData("127.0.0.1", "This computer (loopback)")]
    [InlineData("::1", "This computer (loopback)")]
    [InlineData("10.1.2.3", "Private network")]
    [InlineData("172.20.0.5", "Private network")]
    [InlineData("192.168.1.10", "Private network")]
    [InlineData("::ffff:192.168.1.10", "Private network")]
    [InlineData("fd12:3456::1", "Private network")]
    [InlineData("100.64.0.1", "Carrier-grade NAT (shared mobile or ISP address)")]
    [InlineData("169.254.10.1", "Link-local network")]
    [InlineData("fe80::1", "Link-local network")]
    [InlineData("81.2.69.160", NetworkLocation.PublicInternet)]
    [InlineData("172.32.0.1", NetworkLocation.PublicInternet)]
    [InlineData("2a00:1450:4009::1", NetworkLocation.PublicInternet)]
    [InlineData("not an address", "Unknown")]
    [InlineData(null, "Unknown")]
    public void Describe_SaysOnlyWhatTheAddressItselfTells(string? address, string expected) =>
        Assert.Equal(expected, NetworkLocation.Describe(address));
}
