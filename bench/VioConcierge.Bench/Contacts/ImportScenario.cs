using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// <c>POST /api/contacts/import?mode=partial&amp;duplicates=create</c> with a multipart <c>file</c> part holding a
/// 10,000-row CSV: a 100-row warm-up, then three timed runs. A 200/201 answer is a synchronous import; a 202 with
/// a job <c>{id, status}</c> is polled at <c>GET /api/contacts/import/{id}</c> every 200 ms until
/// <c>completed</c>, and the time is from sending the file to seeing it completed. 404/405 on the warm-up: not
/// available yet.
/// </summary>
public static class ImportScenario
{
    public const string Name = "import 10,000 rows";
    public const int Rows = 10_000;
    public const int Runs = 3;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(BenchApiClient api, ContactsReport report, CancellationToken ct)
    {
        var random = new Random(42);
        var samples = new List<double>();
        for (var run = 0; run <= Runs; run++)
        {
            var file = ImportCsv.Build(run == 0 ? 100 : Rows, $"r{run}x{Environment.TickCount64 % 100_000}", random);
            var clock = Stopwatch.StartNew();
            var response = await api.SendAsync(Upload(file), ct);
            if (run == 0 && response.IsMissingRoute)
            {
                report.Rows.Add(LatencyRow.Unavailable(Name, ContactsTargets.Import10000Ms, response.Status));
                return;
            }
            var problem = response.Status switch
            {
                200 or 201 => null,
                202 => await WaitForJobAsync(api, response, ct),
                _ => $"expected HTTP 200, 201 or 202, got {response.Status}: {response.Excerpt()}",
            };
            if (problem is not null)
            {
                report.Problems.Add($"{Name}: run {run}: {problem}");
                return;
            }
            if (run > 0)
            {
                samples.Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        report.Rows.Add(new LatencyRow(Name, "sequential, upload to completed", new Percentiles(samples), ContactsTargets.Import10000Ms));
    }

    private static HttpRequestMessage Upload(byte[] csv)
    {
        var file = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };
        var form = new MultipartFormDataContent { { file, "file", "contacts.csv" } };
        return new HttpRequestMessage(HttpMethod.Post, "/api/contacts/import?mode=partial&duplicates=create") { Content = form };
    }

    /// <summary>Polls the job until it is completed; the problem when it fails, disappears or takes too long.</summary>
    private static async Task<string?> WaitForJobAsync(BenchApiClient api, TimedResponse accepted, CancellationToken ct)
    {
        using var job = accepted.Json();
        var id = job.RootElement.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ToString()
            : null;
        if (id is null)
        {
            return $"202 without a job id: {accepted.Excerpt()}";
        }
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < JobLimit)
        {
            var poll = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/contacts/import/{Uri.EscapeDataString(id)}"), ct);
            if (poll.Status != 200)
            {
                return $"polling job {id}: HTTP {poll.Status}: {poll.Excerpt()}";
            }
            using var state = poll.Json();
            var status = state.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (status == "completed")
            {
                return null;
            }
            if (status is "failed" or "cancelled" or "canceled")
            {
                return $"job {id} ended {status}: {poll.Excerpt()}";
            }
            await Task.Delay(PollEvery, ct);
        }
        return $"job {id} not completed within {JobLimit.TotalMinutes:0} min";
    }
}
