using VioConcierge.Core.Work;

namespace VioConcierge.Core.Tests.Work;

public class RetryBackoffTests
{
    private static readonly RetryBackoff OneMinuteUpToAnHour = new(TimeSpan.FromMinutes(1), TimeSpan.FromHours(1));

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(4, 8)]
    [InlineData(5, 16)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(8, 60)]
    [InlineData(50, 60)]
    [InlineData(int.MaxValue, 60)]
    public void After_FailedAttempt_DoublesUntilCapped(int failedAttempt, int expectedMinutes)
    {
        Assert.Equal(TimeSpan.FromMinutes(expectedMinutes), OneMinuteUpToAnHour.After(failedAttempt));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    public void After_AttemptBelowOne_ReturnsBaseDelay(int failedAttempt)
    {
        Assert.Equal(TimeSpan.FromMinutes(1), OneMinuteUpToAnHour.After(failedAttempt));
    }

    [Fact]
    public void After_DoublingBeyondTimeSpanRange_ReturnsMaxDelayWithoutOverflow()
    {
        // Arrange
        var backoff = new RetryBackoff(TimeSpan.FromDays(1), TimeSpan.MaxValue);

        // Act
        var delay = backoff.After(40);

        // Assert
        Assert.Equal(TimeSpan.MaxValue, delay);
    }
}
