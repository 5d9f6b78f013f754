namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// Retell faked at its HTTP boundary (<see cref="RetellApiFixture"/>), and the function app's settings for running it
/// as a process of its own (<see cref="AppProcess"/>) on the same database, queues and task hub, relaying as in
/// production: the timer function every 2 s, reminders' timers started as orchestrations up to <c>Work:StartAhead</c>
/// (a minute) ahead, work leased for <see cref="LeaseDuration"/>. The in-process host only serves the tests' set-up
/// requests: it never relays, and its own queues and task hub stay empty, so all work is done by the processes.
/// </summary>
public sealed class AppProcessFixture : RetellApiFixture
{
    /// <summary>How long a claimed item waits for its run before the relay sends it again (the app's default is 5 minutes).</summary>
    public static readonly TimeSpan LeaseDuration = TimeSpan.FromSeconds(20);

    private const string HubSetting = "AzureFunctionsJobHost__extensions__durableTask__hubName";
    private Dictionary<string, string?> _appSettings = [];

    /// <summary>A process's settings, its clock <paramref name="later"/> ahead of the tests' clock.</summary>
    public AppProcessSettings ProcessSettings(TimeSpan later = default) => new(_appSettings, Clock.GetUtcNow() - DateTimeOffset.UtcNow + later);

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        base.Adjust(settings);
        _appSettings = new Dictionary<string, string?>(settings)
        {
            ["Work:RelayEnabled"] = "true",
            ["Work:LeaseDuration"] = LeaseDuration.ToString(),
            ["Logging:LogLevel:Default"] = "Warning",
        };
        _appSettings.Remove("Work:StartAhead");
        settings["Work:Queue"] = "setup-" + settings["Work:Queue"];
        settings["Work:CallQueue"] = "setup-" + settings["Work:CallQueue"];
        settings[HubSetting] = "setup" + settings[HubSetting];
    }

    protected override async ValueTask CleanUpAsync()
    {
        await TestStorage.DeleteQueuesAsync(_appSettings);
        await base.CleanUpAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class AppProcessCollection : ICollectionFixture<AppProcessFixture>
{
    public const string Name = "app-process";
}
