
namespace VioConcierge.Bench.Contacts;

/// <summary>
/// The list and search routes as the console calls them (first page, default sort: newest first): the plain list,
/// pending contacts of the largest group, a surname fragment, a spaced phone prefix in the drama range
/// (<c>07700 900</c>, about 2% of contacts) and six digits from the end of a real number.
/// </summary>
public static class ReadScenarios
{
    public const string SpacedPhone = "07700 900";

    public static async Task RunAsync(LatencyProbe probe, SeededTenant demo, ContactsReport report, CancellationToken ct)
    {
        var contacts = demo.Contacts;
        var group = demo.GroupIds[0];
        await ProbeAsync(probe, report, "list first page", ContactsTargets.ListMs, _ => "/api/contacts", ct);
        await ProbeAsync(probe, report, "list status+group", ContactsTargets.ListMs, _ => $"/api/contacts?status=pending&group={group}", ct);
        await ProbeAsync(probe, report, "search name fragment", ContactsTargets.SearchMs,
            n => Query(SeedNames.SearchFragments[n % SeedNames.SearchFragments.Length]), ct);
        await ProbeAsync(probe, report, "search phone '07700 900'", ContactsTargets.SearchMs, _ => Query(SpacedPhone), ct);
        await ProbeAsync(probe, report, "search phone digits", ContactsTargets.SearchMs,
            n => Query(DigitsTail(contacts[(int)((long)n * 7_919 % contacts.Count)])), ct);
    }

    /// <summary>The last six digits of a contact's number, as someone reading them off a screen would type them.</summary>
    public static string DigitsTail(SeedContact contact) => contact.PhoneDigits[^6..];

    private static string Query(string q) => "/api/contacts?q=" + Uri.EscapeDataString(q);

    private static async Task ProbeAsync(
        LatencyProbe probe, ContactsReport report, string scenario, double target, Func<int, string> path, CancellationToken ct)
    {
        var outcome = report.Add(await probe.RunAsync(scenario, target, 200, concurrent: true,
            n => new HttpRequestMessage(HttpMethod.Get, path(n)), ct));
        if (outcome.First is { Status: 200 } first)
        {
            using var json = first.Json();
            var total = json.RootElement.GetProperty("total").GetInt64();
            var shown = json.RootElement.GetProperty("items").GetArrayLength();
            report.Figures.Add(new BenchFigure(scenario, $"first request: total / items on the page ({path(1)})",
                $"{BenchFormat.Count(total)} / {shown}"));
        }
    }
}
