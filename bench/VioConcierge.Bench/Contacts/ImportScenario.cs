using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text.Json;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// <c>POST /api/contacts/import?mode=partial&amp;duplicates=create</c> with a multipart <c>file</c> part holding a
/// 10,000-row CSV: a 100-row warm-up, then three timed runs. A 200/201 answer is a synchronous import; a 202 with
/// a job <c>{id, status}</c> is polled at <c>GET /api/contacts/import/{id}</c> every 200 ms until
/// <c>completed</c>, and the time is from sending the file to seeing it completed. 404/405 on the warm-up: not
/// available yet. After each import the bench watches its contacts through the API until every one has its reminder
/// planned (<see cref="ReminderWatch"/>), timed from the job's <c>completedAt</c> and from the upload, then cross-checks
/// with SQL (<see cref="ImportPlanCheck"/>).
/// </summary>
public static class ImportScenario
{
    public const string Name = "import 10,000 rows";
    public const int Rows = 10_000;
    public const int Runs = 3;
    private static readonly TimeSpan PollEvery = TimeSpan.FromMilliseconds(200);
    private static readonly TimeSpan JobLimit = TimeSpan.FromMinutes(2);

    public static async Task RunAsync(BenchApiClient api, Database database, ContactsReport report, CancellationToken ct)
    {
        var random = new Random(42);
        var (samples, planned, uploadToPlanned) = (new List<double>(), new List<double>(), new List<double>());
        for (var run = 0; run <= Runs; run++)
        {
            var tag = $"r{run}x{Environment.TickCount64 % 100_000}";
            var file = ImportCsv.Build(run == 0 ? 100 : Rows, tag, random);
            var (uploadedAt, clock) = (DateTimeOffset.UtcNow, Stopwatch.StartNew());
            var response = await api.SendAsync(Upload(file), ct);
            if (run == 0 && response.IsMissingRoute)
            {
                report.Rows.Add(LatencyRow.Unavailable(Name, ContactsTargets.Import10000Ms, response.Status));
                return;
            }
            var (job, problem) = response.Status switch
            {
                200 or 201 => (response, null),
                202 => await WaitForJobAsync(api, response, ct),
                _ => (null, $"expected HTTP 200, 201 or 202, got {response.Status}: {response.Excerpt()}"),
            };
            if (problem is not null)
            {
                report.Problems.Add($"{Name}: run {run}: {problem}");
                return;
            }
            var importMs = clock.Elapsed.TotalMilliseconds;
            var completedAt = CompletedAt(job!) ?? DateTimeOffset.UtcNow;
            var watched = await new ReminderWatch(api).WatchAsync(await ImportedContacts.NewestFirstAsync(api, tag, ct), ct);
            var check = await ImportPlanCheck.CountAsync(database, tag, ct);
            if (watched.Problem is not null || !check.AllPlanned)
            {
                report.Problems.Add($"{Name}: run {run}: {watched.Problem ?? "the API saw every reminder planned"}; SQL: {check}");
                return;
            }
            if (run > 0)
            {
                samples.Add(importMs);
                planned.Add((watched.AllPlannedAt!.Value - completedAt).TotalMilliseconds);
                uploadToPlanned.Add((watched.AllPlannedAt!.Value - uploadedAt).TotalMilliseconds);
                report.Figures.Add(Figure(run, watched, completedAt, check));
            }
        }
        report.Rows.Add(new LatencyRow(Name, "sequential, upload to completed", new Percentiles(samples), ContactsTargets.Import10000Ms));
        report.Rows.Add(new LatencyRow(Name, "completed -> all reminders planned", new Percentiles(planned), ContactsTargets.ImportPlannedMs));
        report.Rows.Add(new LatencyRow(Name, "upload -> all reminders planned", new Percentiles(uploadToPlanned), null));
    }

    private static BenchFigure Figure(int run, PlanningObservation watched, DateTimeOffset completedAt, ImportPlanCounts check) =>
        new("import", $"run {run}: seen unplanned / API requests / all seen planned, last planned by API, last reminder by SQL (ms after completed) / statuses / SQL",
            $"{BenchFormat.Count(watched.SeenUnplanned)} / {BenchFormat.Count(watched.Requests)} / "
            + $"{After(watched.AllSeenAt, completedAt)}, {After(watched.AllPlannedAt, completedAt)} ({watched.LastPlannedFrom}), {After(check.LastCreatedAt, completedAt)} / "
            + $"{string.Join(", ", watched.Statuses.Select(status => $"{status.Key} {BenchFormat.Count(status.Value)}"))} / {check}");

    private static string After(DateTimeOffset? at, DateTimeOffset completedAt) =>
        at is { } moment ? (moment - completedAt).TotalMilliseconds.ToString("N0", System.Globalization.CultureInfo.InvariantCulture) : "-";

    /// <summary>The job's <c>completedAt</c> (the app's clock, as the timeline's <c>occurredAt</c>), when it has one.</summary>
    private static DateTimeOffset? CompletedAt(TimedResponse job)
    {
        using var json = job.Json();
        return json.RootElement.TryGetProperty("completedAt", out var at) && at.ValueKind == JsonValueKind.String ? at.GetDateTimeOffset() : null;
    }

    private static HttpRequestMessage Upload(byte[] csv)
    {
        var file = new ByteArrayContent(csv) { Headers = { ContentType = new MediaTypeHeaderValue("text/csv") } };
        var form = new MultipartFormDataContent { { file, "file", "contacts.csv" } };
        return new HttpRequestMessage(HttpMethod.Post, "/api/contacts/import?mode=partial&duplicates=create") { Content = form };
    }

    /// <summary>Polls the job until it is completed: its last state, or the problem when it fails, disappears or takes too long.</summary>
    private static async Task<(TimedResponse? Job, string? Problem)> WaitForJobAsync(BenchApiClient api, TimedResponse accepted, CancellationToken ct)
    {
        using var job = accepted.Json();
        var id = job.RootElement.TryGetProperty("id", out var idValue) && idValue.ValueKind is JsonValueKind.String or JsonValueKind.Number
            ? idValue.ToString()
            : null;
        if (id is null)
        {
            return (null, $"202 without a job id: {accepted.Excerpt()}");
        }
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < JobLimit)
        {
            var poll = await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/contacts/import/{Uri.EscapeDataString(id)}"), ct);
            if (poll.Status != 200)
            {
                return (null, $"polling job {id}: HTTP {poll.Status}: {poll.Excerpt()}");
            }
            using var state = poll.Json();
            var status = state.RootElement.TryGetProperty("status", out var s) ? s.GetString() : null;
            if (status == "completed")
            {
                return (poll, null);
            }
            if (status is "failed" or "cancelled" or "canceled")
            {
                return (null, $"job {id} ended {status}: {poll.Excerpt()}");
            }
            await Task.Delay(PollEvery, ct);
        }
        return (null, $"job {id} not completed within {JobLimit.TotalMinutes:0} min");
    }
}
