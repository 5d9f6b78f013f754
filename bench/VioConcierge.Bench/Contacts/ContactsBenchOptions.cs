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

    /// <summary>
    /// Applies <paramref name="option"/> when it is one of ours: true with <paramref name="problem"/> null, or true
    /// with a problem when the value is out of range. False when the option is not a contacts option.
    /// </summary>
    public static bool TryApply(ContactsBenchOptions current, string option, string value, out ContactsBenchOptions updated, out string? problem)
    {
        (updated, problem) = (current, null);
        var (min, max) = option switch
        {
            "--contacts" => (2_000, 1_000_000),
            "--noise" => (0, 200_000),
            "--requests" => (20, 5_000),
            "--clients" => (1, 16),
            _ => (-1, -1),
        };
        if (min < 0)
        {
            return false;
        }
        if (BenchOptionNumber.Parse(option, value, (min, max), out problem) is not { } number)
        {
            return true;
        }
        updated = option switch
        {
            "--contacts" => current with { Contacts = number },
            "--noise" => current with { NoisePerTenant = number },
            "--requests" => current with { Requests = number },
            _ => current with { Clients = number },
        };
        return true;
    }
}
