using VioConcierge.Core.Calls;

namespace VioConcierge.Core.Tests.Calls;

public sealed class CallLimitsOptionsTests
{
    [Fact]
    public void For_NoOverride_TheSeedDefaults()
    {
        var limits = new CallLimitsOptions().For(Guid.NewGuid());

        Assert.Equal(new CallLimits(PerWindow: 25, PerDay: 300, Concurrent: 5, PlatformPerMinute: 500), limits);
    }

    [Fact]
    public void For_TenantOverride_ReplacesOnlyWhatItSets()
    {
        var tenant = Guid.NewGuid();
        var options = new CallLimitsOptions { PerDay = 200, Tenants = { [tenant.ToString().ToUpperInvariant()] = new TenantCallLimits { PerDay = 1000, Concurrent = 10 } } };

        Assert.Equal(new CallLimits(25, 1000, 10, 500), options.For(tenant));
        Assert.Equal(new CallLimits(25, 200, 5, 500), options.For(Guid.NewGuid()));
        Assert.Equal(new CallLimits(25, 200, 5, 500), options.For(null));
    }
}
