using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Tests.Abstractions;

public class PageLimitsTests
{
    [Theory]
    [InlineData(null, 25)]
    [InlineData(0, 25)]
    [InlineData(-1, 25)]
    [InlineData(int.MinValue, 25)]
    [InlineData(1, 1)]
    [InlineData(50, 50)]
    [InlineData(100, 100)]
    [InlineData(101, 100)]
    [InlineData(int.MaxValue, 100)]
    public void Normalise_RequestedSize_DefaultsAndCaps(int? requested, int expected)
    {
        Assert.Equal(expected, PageLimits.Normalise(requested));
    }
}
