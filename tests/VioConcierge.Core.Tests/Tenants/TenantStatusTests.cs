using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Tests.Tenants;

public class TenantStatusTests
{
    [Theory]
    [InlineData("active", "active", false)]
    [InlineData("active", "paused", true)]
    [InlineData("active", "suspended", true)]
    [InlineData("active", "terminated", false)]
    [InlineData("paused", "active", true)]
    [InlineData("paused", "paused", false)]
    [InlineData("paused", "suspended", true)]
    [InlineData("paused", "terminated", false)]
    [InlineData("suspended", "active", true)]
    [InlineData("suspended", "paused", false)]
    [InlineData("suspended", "suspended", false)]
    [InlineData("suspended", "terminated", true)]
    [InlineData("terminated", "active", false)]
    [InlineData("terminated", "paused", false)]
    [InlineData("terminated", "suspended", false)]
    [InlineData("terminated", "terminated", false)]
    public void CanMove_EveryStatusPair_FollowsLifecycle(string from, string to, bool expected)
    {
        Assert.Equal(expected, TenantStatus.CanMove(from, to));
    }

    [Theory]
    [InlineData("deleted", "active")]
    [InlineData("active", "deleted")]
    [InlineData("Active", "paused")]
    public void CanMove_UnknownStatus_Refused(string from, string to)
    {
        Assert.False(TenantStatus.CanMove(from, to));
    }

    [Fact]
    public void NextFrom_EveryStatus_ListsExactlyTheAllowedMoves()
    {
        Assert.All(TenantStatus.All, from =>
        {
            var expected = TenantStatus.All.Where(to => TenantStatus.CanMove(from, to)).Order(StringComparer.Ordinal);
            Assert.Equal(expected, TenantStatus.NextFrom(from).Order(StringComparer.Ordinal));
        });
    }

    [Theory]
    [InlineData("active", true)]
    [InlineData("paused", true)]
    [InlineData("suspended", false)]
    [InlineData("terminated", false)]
    public void AllowsSignIn_Status_OnlyActiveAndPaused(string status, bool expected)
    {
        Assert.Equal(expected, TenantStatus.AllowsSignIn(status));
    }

    [Theory]
    [InlineData("active", true)]
    [InlineData("terminated", true)]
    [InlineData("ACTIVE", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void IsValid_Value_OnlyKnownLowerCaseStatuses(string? value, bool expected)
    {
        Assert.Equal(expected, TenantStatus.IsValid(value));
    }
}
