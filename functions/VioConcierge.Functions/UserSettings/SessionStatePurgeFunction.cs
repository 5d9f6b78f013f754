using VioConcierge.Application.UserSettings;

namespace VioConcierge.Functions.UserSettings;

/// <summary>
/// Deletes session state that expired (7 days after its last save), hourly. Reads already treat expired state as
/// absent, so this is housekeeping: expired interface state is stored at most an hour past its expiry.
/// </summary>
public sealed class SessionStatePurgeFunction(UserSettingsService settings, ILogger<SessionStatePurgeFunction> logger)
{
    public const string Schedule = "0 41 * * * *";

    [Function(nameof(PurgeExpiredSessionState))]
    public async Task PurgeExpiredSessionState([TimerTrigger(Schedule)] TimerInfo timer, CancellationToken ct)
    {
        var purged = await settings.PurgeExpiredAsync(ct);
        if (purged > 0)
        {
            logger.LogInformation("Purged {Count} expired session states", purged);
        }
    }
}
