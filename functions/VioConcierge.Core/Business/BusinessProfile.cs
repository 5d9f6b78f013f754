namespace VioConcierge.Core.Business;

/// <summary>
/// A tenant's whole business profile: what the tenant row holds (names, business type, time zone, session idle
/// timeout: what sign-in, the platform console and the reminder engine read) and its <see cref="BusinessDetails"/>.
/// </summary>
public sealed record BusinessProfile(
    string LegalName, string? TradingName, string BusinessType, string Timezone, int SessionIdleTimeoutHours, BusinessDetails Details)
{
    /// <summary>The name the voice agent says on calls.</summary>
    public string SpokenName => BusinessNames.SpokenName(LegalName, TradingName);
}
