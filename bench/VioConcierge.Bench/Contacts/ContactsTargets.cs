namespace VioConcierge.Bench.Contacts;

/// <summary>The p95 targets of the contacts API, in milliseconds.</summary>
public static class ContactsTargets
{
    public const double ListMs = 50;
    public const double SearchMs = 50;
    public const double WriteMs = 20;
    public const double Bulk1000Ms = 1_000;
    public const double Import10000Ms = 10_000;
}
