using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using VioConcierge.Application.Contacts;
using VioConcierge.Application.Reminders;
using VioConcierge.Application.Work;
using VioConcierge.Bench.Contacts;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Bench.Reminders;

/// <summary>
/// Plans every seeded contact: for each tenant, <see cref="ReminderSync"/> enqueues <c>reminders.sync</c> items (1,000
/// contacts each) in one tenant transaction, as a bulk change or an import would; each commit wakes the app's relay,
/// which sends them to <c>Work:Queue</c>, and the queue function runs them (each sync item plans its 1,000 contacts
/// through the <see cref="ReminderEngine"/> in one transaction). Plans per second is contacts over the time from the
/// first enqueue to the last sync item's completion (the first items run while the later tenants are enqueued).
/// </summary>
public static class PlanScenario
{
    private static readonly TimeSpan MaxDrain = TimeSpan.FromMinutes(12);

    public static async Task<ScenarioResult> RunAsync(IServiceProvider services, IReadOnlyList<SeededTenant> tenants, CancellationToken ct)
    {
        var database = services.GetRequiredService<Database>();
        var time = services.GetRequiredService<TimeProvider>();
        var problems = new List<string>();
        var started = time.GetUtcNow();
        var clock = Stopwatch.StartNew();
        var sampler = new ActivitySampler(database.DataSource);
        var profile = new StatementProfile();
        var items = 0;
        foreach (var tenant in tenants)
        {
            await using var uow = await database.BeginTenantAsync(tenant.TenantId, ct);
            await services.GetRequiredService<ReminderSync>().EnqueueAsync(uow, tenant.Contacts.Select(contact => contact.Id), ct);
            await uow.CommitAsync(ct);
            items += (tenant.Contacts.Count + ReminderSync.ContactsPerItem - 1) / ReminderSync.ContactsPerItem;
        }
        var enqueue = clock.Elapsed;
        var contacts = tenants.Sum(tenant => tenant.Contacts.Count);
        if (!await WorkBacklog.WaitDrainedAsync(database, time, () => true, clock, MaxDrain, ct))
        {
            problems.Add($"plan: sync items still outstanding after {MaxDrain.TotalMinutes:0} min");
        }
        var sessions = await sampler.StopAsync("plan", 4);
        var statements = profile.Figures("plan", contacts, "contact", 5);
        profile.Dispose();
        var elapsed = (await LastCompletedAsync(database, WorkKinds.Sync, ct) ?? time.GetUtcNow()) - started;
        var (check, planned) = await PlanCheck.RunAsync(database, contacts, ct);
        problems.AddRange(check.Problems);
        var figures = new List<BenchFigure>
        {
            new("plan", $"enqueue {BenchFormat.Count(items)} sync items, one transaction per tenant (s)", BenchFormat.Seconds(enqueue)),
            new("plan", $"enqueue start -> last sync item done, {RemindersBenchServices.Engine} (s)", BenchFormat.Seconds(elapsed)),
            new("plan", "plans/s (contacts planned per second)", BenchFormat.Rate((int)planned, elapsed)),
        };
        figures.AddRange(check.Figures);
        figures.AddRange(statements);
        figures.AddRange(sessions);
        return new ScenarioResult(figures, problems);
    }

    /// <summary>When the last item of <paramref name="kind"/> completed (bench clock).</summary>
    public static async Task<DateTimeOffset?> LastCompletedAsync(Database database, string kind, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<DateTimeOffset?>(
            "SELECT max(completed_at) FROM work_items WHERE kind = @Kind AND status = 'done'", new { Kind = kind }, ct);
    }
}
