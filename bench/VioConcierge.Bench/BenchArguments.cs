using System.Diagnostics.CodeAnalysis;
using System.Net;
using Npgsql;
using VioConcierge.Bench.Contacts;
using VioConcierge.Bench.Reminders;
using VioConcierge.Bench.Webhooks;

namespace VioConcierge.Bench;

/// <summary>
/// Command line: <c>[latency|throughput|enqueue|all|contacts|reminders] [--connection "..."] [--app-connection "..."]</c>
/// plus the contacts options (<see cref="ContactsBenchOptions"/>; <c>--contacts</c> also sizes the reminders set) and
/// the reminders options (<see cref="RemindersBenchOptions"/>). The connection is the maintenance connection of the owner
/// role, used to create, migrate and drop the bench database (it needs CREATEDB); the app connection names the
/// application role the app runs as (its database is replaced by the bench database). Only loopback servers are
/// accepted.
/// </summary>
public sealed record BenchArguments(
    IReadOnlyList<string> Scenarios, string ConnectionString, string AppConnectionString, ContactsBenchOptions Contacts,
    WebhooksBenchOptions Webhooks, RemindersBenchOptions Reminders)
{
    public const string DefaultConnection =
        "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge_owner;Password=vioconcierge-owner-local";

    public const string DefaultAppConnection =
        "Host=localhost;Port=5432;Database=vioconcierge;Username=vioconcierge;Password=vioconcierge-local";

    /// <summary>The work-queue run stops by itself after this long, whatever happens.</summary>
    public static readonly TimeSpan WorkQueueLimit = TimeSpan.FromMinutes(15);

    private static readonly string[] AllScenarios = ["latency", "throughput", "enqueue"];
    private const string Usage = "usage: VioConcierge.Bench [latency|throughput|enqueue|all|contacts|webhooks|reminders] [--connection \"...\"] "
        + "[--app-connection \"...\"] [--contacts N] [--noise N] [--requests N] [--clients N] [--only read,write,bulk,import] [--sessions N] [--senders N] "
        + "[--tenants N] [--timers N] [--per-minute N] [--minutes N] [--start-ahead SECONDS] [--max-waiting N]";

    /// <summary>The contacts set runs on its own: it starts the real host and seeds its own data.</summary>
    public bool IsContacts => Scenarios is ["contacts"];

    /// <summary>The webhooks set runs on its own too: it starts the real host (twice) and seeds its own calls.</summary>
    public bool IsWebhooks => Scenarios is ["webhooks"];

    /// <summary>The reminders set runs on its own too: its own tenants, contacts and engine services.</summary>
    public bool IsReminders => Scenarios is ["reminders"];

    /// <summary>The whole run stops by itself after this long, whatever happens.</summary>
    public TimeSpan OverallLimit =>
        IsContacts ? ContactsBenchOptions.OverallLimit
        : IsWebhooks ? WebhooksBenchOptions.OverallLimit
        : IsReminders ? RemindersBenchOptions.OverallLimit
        : WorkQueueLimit;

    public static bool TryParse(string[] args, TextWriter error, [NotNullWhen(true)] out BenchArguments? arguments)
    {
        arguments = null;
        var scenario = "all";
        var connection = DefaultConnection;
        var appConnection = DefaultAppConnection;
        var contacts = new ContactsBenchOptions();
        var webhooks = new WebhooksBenchOptions();
        var reminders = new RemindersBenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--connection" && i + 1 < args.Length)
            {
                connection = args[++i];
            }
            else if (args[i] == "--app-connection" && i + 1 < args.Length)
            {
                appConnection = args[++i];
            }
            else if (args[i] is "latency" or "throughput" or "enqueue" or "all" or "contacts" or "webhooks" or "reminders")
            {
                scenario = args[i];
            }
            else if (i + 1 < args.Length && ContactsBenchOptions.TryApply(contacts, args[i], args[i + 1], out var updated, out var problem))
            {
                (contacts, i) = (updated, i + 1);
                if (problem is not null)
                {
                    error.WriteLine(problem);
                    return false;
                }
            }
            else if (i + 1 < args.Length && WebhooksBenchOptions.TryApply(webhooks, args[i], args[i + 1], out var updatedWebhooks, out var webhooksProblem))
            {
                (webhooks, i) = (updatedWebhooks, i + 1);
                if (webhooksProblem is not null)
                {
                    error.WriteLine(webhooksProblem);
                    return false;
                }
            }
            else if (i + 1 < args.Length && RemindersBenchOptions.TryApply(reminders, args[i], args[i + 1], out var sized, out var sizeProblem))
            {
                (reminders, i) = (sized, i + 1);
                if (sizeProblem is not null)
                {
                    error.WriteLine(sizeProblem);
                    return false;
                }
            }
            else
            {
                error.WriteLine(Usage);
                return false;
            }
        }
        foreach (var candidate in new[] { connection, appConnection })
        {
            if (!IsLoopback(candidate, out var loopbackProblem))
            {
                error.WriteLine(loopbackProblem);
                return false;
            }
        }
        arguments = new BenchArguments(scenario == "all" ? AllScenarios : [scenario], connection, appConnection, contacts, webhooks, reminders);
        return true;
    }

    private static bool IsLoopback(string connectionString, out string problem)
    {
        problem = "";
        try
        {
            var hosts = (new NpgsqlConnectionStringBuilder(connectionString).Host ?? "").Split(',', StringSplitOptions.TrimEntries);
            var bad = hosts.Where(host => host != "localhost" && !host.StartsWith('/')
                && !(IPAddress.TryParse(host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))).ToArray();
            if (hosts.All(string.IsNullOrEmpty) || bad.Length > 0)
            {
                problem = "The bench only runs against a loopback PostgreSQL server (localhost, 127.0.0.1, ::1 or a socket).";
                return false;
            }
            return true;
        }
        catch (ArgumentException exception)
        {
            problem = $"Invalid connection string: {exception.Message}";
            return false;
        }
    }
}
