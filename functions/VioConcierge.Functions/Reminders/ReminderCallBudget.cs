using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace VioConcierge.Functions.Reminders;

/// <summary>
/// This app instance's budget of reminder call outcomes to decide in orchestrations: <see
/// cref="ReminderCallOptions.OrchestratedPerMinute"/> a minute, refilled steadily, at most five seconds' worth at once.
/// The task hub also times every reminder's call; a burst of outcomes past the budget is applied without it, so
/// outcomes never crowd out call timing.
/// </summary>
public sealed class ReminderCallBudget : IDisposable
{
    private readonly RateLimiter? _limiter;

    public ReminderCallBudget(IOptions<ReminderCallOptions> options)
    {
        var perMinute = options.Value.OrchestratedPerMinute;
        _limiter = perMinute == 0 ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = Math.Max(1, perMinute / 12),
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) / perMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        });
    }

    /// <summary>Whether this outcome may be decided in its orchestration.</summary>
    public bool TryTake()
    {
        if (_limiter is null)
        {
            return false;
        }
        using var lease = _limiter.AttemptAcquire();
        return lease.IsAcquired;
    }

    public void Dispose() => _limiter?.Dispose();
}
