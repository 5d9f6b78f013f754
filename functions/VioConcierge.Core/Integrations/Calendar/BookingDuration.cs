using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Integrations.Calendar;

/// <summary>
/// Maps a booking's length onto the contact durations (15, 30, 45, 60, 90, 120 minutes): the shortest that covers the
/// whole booking (20 -> 30, 50 -> 60), so a reminder never under-states the time to set aside; anything over two hours
/// is recorded as 120. No length, or a length of zero or less, is no duration.
/// </summary>
public static class BookingDuration
{
    public static int? Snap(double? minutes)
    {
        if (minutes is not > 0)
        {
            return null;
        }
        foreach (var allowed in ContactOptions.Durations)
        {
            if (allowed >= minutes.Value)
            {
                return allowed;
            }
        }
        return ContactOptions.Durations[^1];
    }
}
