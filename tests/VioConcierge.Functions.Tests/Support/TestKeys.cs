using System.Security.Cryptography;

namespace VioConcierge.Functions.Tests.Support;

public static class TestKeys
{
    public static string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>
    /// The settings every test host and service provider needs: its database, connected to as the application role,
    /// with migrations applied as the owner, fresh keys, and work queues and a Durable task hub of its own on Azurite
    /// (named after the database), which the tests relay to themselves; reminder timers start their orchestrations
    /// when due, a failed run is tried again at once, and an idle queue is polled every 50 ms (task hub queues every 100);
    /// a campaign's orchestration reads its campaign at least every 250 ms (the tests' clock runs ahead of its timers);
    /// email goes to the test process's own SMTP server (<see cref="TestMailServer"/>).
    /// </summary>
    public static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
        ["ConnectionStrings:PostgresMigrations"] = database.OwnerConnectionString,
        ["Auth:SigningKey"] = Random(48),
        ["Encryption:ActiveKeyId"] = "test",
        ["Encryption:Keys:test"] = Random(32),
        ["AzureWebJobsStorage"] = TestStorage.ConnectionString,
        ["Work:Queue"] = TestStorage.QueueName(database, "work"),
        ["Work:CallQueue"] = TestStorage.QueueName(database, "calls"),
        ["Work:RelayEnabled"] = "false",
        ["Work:StartAhead"] = "00:00:00",
        ["Work:RetryAfter"] = "00:00:00",
        ["Campaigns:WakeEvery"] = "00:00:00.250",
        ["Mail:Host"] = "127.0.0.1",
        ["Mail:Port"] = TestMailServer.Shared.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Mail:Security"] = "None",
        ["Mail:From"] = "VioConcierge <no-reply@vioconcierge.test>",
        ["AzureFunctionsJobHost__extensions__durableTask__hubName"] = TestStorage.HubName(database),
        ["AzureFunctionsJobHost__extensions__durableTask__storageProvider__maxQueuePollingInterval"] = "00:00:00.100",
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:00",
        ["AzureFunctionsJobHost__extensions__queues__maxPollingInterval"] = "00:00:00.050",
    };
}
