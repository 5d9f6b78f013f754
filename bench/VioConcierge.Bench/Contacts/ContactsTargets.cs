namespace VioConcierge.Bench.Contacts;

/// <summary>The p95 targets of the contacts API, in milliseconds (of runs, for the import).</summary>
public static class ContactsTargets
{
    public const double ListMs = 50;
    public const double SearchMs = 50;
    public const double WriteMs = 20;
    public const double Bulk1000Ms = 1_000;
    public const double Import10000Ms = 10_000;

    /// <summary>Issue 16: every reminder of a 10,000-row import planned within 30 s of the import finishing.</summary>
    public const double ImportPlannedMs = 30_000;
}
