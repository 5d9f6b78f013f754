namespace VioConcierge.Application.Team;

/// <summary>
/// The team at a glance: members who are not deactivated (<see cref="Active"/>, of them <see cref="Admins"/> and
/// <see cref="Staff"/>, and <see cref="Invited"/> still to set a password), <see cref="Inactive"/> (deactivated), who
/// was active today and this week (since local midnight and since Monday 00:00 in the business's time zone), and who
/// has never signed in.
/// </summary>
public sealed record TeamOverviewResponse(
    int Total,
    int Active,
    int Admins,
    int Staff,
    int Invited,
    int Inactive,
    int ActiveToday,
    int ActiveThisWeek,
    int NeverSignedIn,
    string TimeZone);
