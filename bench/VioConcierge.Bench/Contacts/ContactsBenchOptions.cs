namespace VioConcierge.Bench.Contacts;

/// <summary>
/// Sizes of the contacts run: <c>--contacts</c> in the demo tenant, <c>--noise</c> contacts in each of the three
/// other tenants, <c>--requests</c> measured per scenario and mode, <c>--clients</c> for the concurrent mode
/// (1 turns it off).
/// </summary>
public sealed record ContactsBenchOptions
{
    /// <summary>The contacts run stops by itself after this long, whatever happens (the brief: under 20 minutes).</summary>
    public static readonly TimeSpan OverallLimit = TimeSpan.FromMinutes(18);

    public int Contacts { get; init; } = 100_000;

    public int NoisePerTenant { get; init; } = 20_000;

    public int Requests { get; init; } = 200;

    public int Clients { get; init; } = 4;

    private static readonly Dictionary<string, BenchOption<ContactsBenchOptions>> Options = new()
    {
        ["--contacts"] = new(2_000, 1_000_000, (options, n) => options with { Contacts = n }),
        ["--noise"] = new(0, 200_000, (options, n) => options with { NoisePerTenant = n }),
        ["--requests"] = new(20, 5_000, (options, n) => options with { Requests = n }),
        ["--clients"] = new(1, 16, (options, n) => options with { Clients = n }),
    };

    /// <summary>Applies <paramref name="option"/> when it is a contacts option (see <see cref="BenchOption{T}.TryApply"/>).</summary>
    public static bool TryApply(ContactsBenchOptions current, string option, string value, out ContactsBenchOptions updated, out string? problem) =>
        BenchOption<ContactsBenchOptions>.TryApply(Options, current, option, value, out updated, out problem);
}
