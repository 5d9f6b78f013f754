namespace VioConcierge.Functions.Tests.Support;

/// <summary>
/// A <see cref="VoiceApiFixture"/> whose relay starts a reminder's orchestration up to five seconds before its
/// moment (the app's <c>Work:StartAhead</c> is a minute), so a test sees the orchestration wait on its durable timer,
/// with at most <see cref="MaxWaiting"/> waiting at once (the app's default is 25); a campaign's orchestration sleeps
/// until its next step as in production (up to an hour), so only its event wakes it sooner.
/// </summary>
public sealed class OrchestrationApiFixture : VoiceApiFixture
{
    public static readonly TimeSpan StartAhead = TimeSpan.FromSeconds(5);

    public const int MaxWaiting = 2;

    protected override void Adjust(Dictionary<string, string?> settings)
    {
        base.Adjust(settings);
        settings["Work:StartAhead"] = StartAhead.ToString();
        settings["Campaigns:WakeEvery"] = "01:00:00";
        settings["Work:MaxWaitingOrchestrations"] = MaxWaiting.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

[CollectionDefinition(Name)]
public sealed class OrchestrationCollection : ICollectionFixture<OrchestrationApiFixture>
{
    public const string Name = "orchestration";
}
