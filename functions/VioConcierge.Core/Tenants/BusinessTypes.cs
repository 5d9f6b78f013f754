namespace VioConcierge.Core.Tenants;

/// <summary>The business types of seed 002; the type drives defaults (medical turns on HIPAA features).</summary>
public static class BusinessTypes
{
    public const string Medical = "medical";
    public const string Salon = "salon";
    public const string Restaurant = "restaurant";
    public const string Consultant = "consultant";
    public const string General = "general";

    public static readonly IReadOnlyList<string> All = [Medical, Salon, Restaurant, Consultant, General];

    public static bool IsValid(string? value) => value is not null && All.Contains(value);
}
