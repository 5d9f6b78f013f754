namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Sizes of the contacts run: <c>--contacts</c> in the demo tenant, <c>--noise</c> contacts in each of the three
/// other tenants, <c>--requests</c> measured per scenario and mode, <c>--clients</c> for the concurrent mode
/// (1 turns it off), and <c>--only</c>: a comma-separated choice of the scenario groups to run (<see cref="Groups"/>;
/// all of them when not given).
/// </summary>
public sealed record ContactsBenchOptions
{
    /// <summary>The contacts run stops by itself after this long, whatever happens (the brief: under 20 minutes).</summary>
    public static readonly TimeSpan OverallLimit = TimeSpan.FromMinutes(18);

    /// <summary>
    /// The scenario groups <c>--only</c> chooses from: <c>read</c> (list, filter and searches, with their query plans),
    /// <c>write</c> (create, update), <c>bulk</c> (bulk status) and <c>import</c> (imports and their reminders planned).
    /// </summary>
    public static readonly IReadOnlyList<string> Groups = ["read", "write", "bulk", "import"];

    public int Contacts { get; init; } = 100_000;

    public int NoisePerTenant { get; init; } = 20_000;

    public int Requests { get; init; } = 200;

    public int Clients { get; init; } = 4;

    public IReadOnlySet<string> Only { get; init; } = Groups.ToHashSet();

    /// <summary>Whether the scenario group <paramref name="group"/> (one of <see cref="Groups"/>) runs.</summary>
    public bool Runs(string group) => Only.Contains(group);

    private static readonly Dictionary<string, BenchOption<ContactsBenchOptions>> Options = new()
    {
        ["--contacts"] = new(2_000, 1_000_000, (options, n) => options with { Contacts = n }),
        ["--noise"] = new(0, 200_000, (options, n) => options with { NoisePerTenant = n }),
        ["--requests"] = new(20, 5_000, (options, n) => options with { Requests = n }),
        ["--clients"] = new(1, 16, (options, n) => options with { Clients = n }),
    };

    /// <summary>Applies <paramref name="option"/> when it is a contacts option (see <see cref="BenchOption{T}.TryApply"/>).</summary>
    public static bool TryApply(ContactsBenchOptions current, string option, string value, out ContactsBenchOptions updated, out string? problem)
    {
        if (option != "--only")
        {
            return BenchOption<ContactsBenchOptions>.TryApply(Options, current, option, value, out updated, out problem);
        }
        var chosen = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
        var valid = chosen.Count > 0 && chosen.All(Groups.Contains);
        (updated, problem) = valid
            ? (current with { Only = chosen }, null)
            : (current, $"--only takes one or more of {string.Join(", ", Groups)}, comma-separated.");
        return true;
    }
}
