using System.Globalization;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Reads a provider's ISO-8601 instant (<c>2026-05-06T13:00:00Z</c>, <c>2026-05-06T13:00:00.000000Z</c>,
/// <c>2026-05-06T13:00:00+00:00</c>) as UTC. A time without an offset or <c>Z</c> is refused: guessing its zone could
/// move an appointment by an hour.
/// </summary>
public static class ProviderTime
{
    public static bool TryParseUtc(string? text, out DateTimeOffset instant)
    {
        instant = default;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 40 || !AppointmentTime.HasOffset(text))
        {
            return false;
        }
        if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return false;
        }
        instant = parsed.ToUniversalTime();
        return true;
    }
}
