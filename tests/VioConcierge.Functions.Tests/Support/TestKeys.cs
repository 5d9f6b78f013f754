using System.Security.Cryptography;

namespace VioConcierge.Functions.Tests.Support;

public static class TestKeys
{
    public static string Random(int bytes) => Convert.ToBase64String(RandomNumberGenerator.GetBytes(bytes));

    /// <summary>The settings every test host and service provider needs besides its database.</summary>
    public static Dictionary<string, string?> Settings(string connectionString) => new()
    {
        ["ConnectionStrings:Postgres"] = connectionString,
        ["Auth:SigningKey"] = Random(48),
        ["Encryption:ActiveKeyId"] = "test",
        ["Encryption:Keys:test"] = Random(32),
    };
}
