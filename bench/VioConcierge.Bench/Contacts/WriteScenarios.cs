using System.Globalization;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Creating a contact (name, UK mobile, unique e-mail, a future appointment as ISO-8601 with offset) and changing
/// one field of an existing contact (PATCH ownerName, no version check), each over a different seeded contact.
/// </summary>
public static class WriteScenarios
{
    public static async Task RunAsync(LatencyProbe probe, SeededTenant demo, ContactsReport report, CancellationToken ct)
    {
        var run = Convert.ToHexStringLower(BitConverter.GetBytes(Environment.TickCount64))[..6];
        report.Add(await probe.RunAsync("create", ContactsTargets.WriteMs, 201, concurrent: true,
            n => BenchApiClient.Json(HttpMethod.Post, "/api/contacts", NewContact(n, run)), ct));
        var contacts = demo.Contacts;
        report.Add(await probe.RunAsync("update ownerName", ContactsTargets.WriteMs, 200, concurrent: true,
            n => BenchApiClient.Json(HttpMethod.Patch, $"/api/contacts/{contacts[(int)((long)n * 104_729 % contacts.Count)].Id}",
                new { ownerName = $"Dr Bench {n}" }), ct));
    }

    private static object NewContact(int n, string run)
    {
        var first = SeedNames.FirstNames[n % SeedNames.FirstNames.Length];
        var last = SeedNames.CommonSurnames[n * 7 % SeedNames.CommonSurnames.Length];
        var appointment = DateTimeOffset.UtcNow.Date.AddDays(2 + n % 50).AddHours(9 + n % 8);
        return new
        {
            name = $"{first} {last}",
            phone = $"07{"12345789"[n % 8]}{n * 7_919 % 100:00} {n % 1_000_000:000000}",
            email = $"bench.create.{run}.{n}@example.com",
            appointmentTime = new DateTimeOffset(appointment, TimeSpan.Zero).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        };
    }
}
