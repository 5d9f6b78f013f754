using System.Security.Cryptography;

namespace VioConcierge.Functions.Tests.Support;

public static class TestKeys
{
    public static string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>
    /// The settings every test host and service provider needs: its database, connected to as the application role,
    /// with migrations applied as the owner, and fresh keys.
    /// </summary>
    public static Dictionary<string, string?> Settings(TestDatabase database) => new()
    {
        ["ConnectionStrings:Postgres"] = database.ConnectionString,
        ["ConnectionStrings:PostgresMigrations"] = database.OwnerConnectionString,
        ["Auth:SigningKey"] = Random(48),
        ["Encryption:ActiveKeyId"] = "test",
        ["Encryption:Keys:test"] = Random(32),
    };
}
