using System.Security.Cryptography;

namespace VioConcierge.Functions.Tests.Support;

public static class TestKeys
{
    public static string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>
    /// The settings every test host and service provider needs: its database, connected to as the application role,
    /// with migrations applied as the owner, fresh keys, and work queues of its own on Azurite (named after the
    /// database), which the tests relay to themselves; a failed message is delivered again at once, and an idle queue
    /// polled every 50 ms.
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
        ["AzureFunctionsJobHost__extensions__queues__visibilityTimeout"] = "00:00:00",
        ["AzureFunctionsJobHost__extensions__queues__maxPollingInterval"] = "00:00:00.050",
    };
}
