
namespace VioConcierge.Bench.Contacts;

/// <summary>
/// <c>POST /api/contacts/bulk {"action":"status","ids":[1,000 ids],"status":"confirmed","reason":"bench"}</c>,
/// expecting 200 <c>{matched, changed}</c>: one warm-up and ten timed runs, each over 1,000 different pending
/// contacts. A 404/405 on the first call means the route is not there yet.
/// </summary>
public static class BulkStatusScenario
{
    public const string Name = "bulk status 1,000";
    public const int BatchSize = 1_000;
    public const int Runs = 10;

    public static async Task RunAsync(BenchApiClient api, SeededTenant demo, ContactsReport report, CancellationToken ct)
    {
        var pending = demo.Contacts.Where(contact => contact.Status == "pending").Select(contact => contact.Id)
            .Concat(demo.Contacts.Where(contact => contact.Status != "pending").Select(contact => contact.Id)).ToArray();
        var samples = new List<double>();
        var changed = 0L;
        for (var run = 0; run <= Runs; run++)
        {
            var ids = Enumerable.Range(run * BatchSize, BatchSize).Select(i => pending[i % pending.Length]).ToArray();
            var response = await api.SendAsync(BenchApiClient.Json(HttpMethod.Post, "/api/contacts/bulk",
                new { action = "status", ids, status = "confirmed", reason = "bench" }), ct);
            if (run == 0 && response.IsMissingRoute)
            {
                report.Rows.Add(LatencyRow.Unavailable(Name, ContactsTargets.Bulk1000Ms, response.Status));
                return;
            }
            if (response.Status != 200)
            {
                report.Problems.Add($"{Name}: expected HTTP 200, got {response.Status}: {response.Excerpt()}");
                return;
            }
            using var json = response.Json();
            if (!json.RootElement.TryGetProperty("matched", out var matchedValue) || !json.RootElement.TryGetProperty("changed", out var changedValue))
            {
                report.Problems.Add($"{Name}: the answer has no matched/changed: {response.Excerpt()}");
                return;
            }
            var matched = matchedValue.GetInt64();
            if (matched != BatchSize)
            {
                report.Problems.Add($"{Name}: run {run} matched {matched} of {BatchSize} existing contacts");
            }
            if (run > 0)
            {
                samples.Add(response.Milliseconds);
                changed += changedValue.GetInt64();
            }
        }
        report.Rows.Add(new LatencyRow(Name, "sequential", new Percentiles(samples), ContactsTargets.Bulk1000Ms));
        report.Figures.Add(new BenchFigure(Name, $"contacts changed over the {Runs} timed runs", BenchFormat.Count(changed)));
    }
}
