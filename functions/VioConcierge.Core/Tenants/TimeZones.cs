namespace VioConcierge.Core.Tenants;

/// <summary>IANA time zone ids; tenants default to Europe/London.</summary>
public static class TimeZones
{
    public const string Default = "Europe/London";

    public static bool IsValidIana(string? id)
    {
        return !string.IsNullOrWhiteSpace(id)
            && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone)
            && zone.HasIanaId
            && zone.Id == id;
    }
}
