using VioConcierge.Application.Email;

namespace VioConcierge.Application.Team;

/// <summary>The team's emails: a new member's welcome and an admin's password reset, each with its single-use link.</summary>
public static class TeamEmails
{
    public static EmailMessage Welcome(string to, string fullName, string businessName, string invitedBy, string link) =>
        EmailTemplate.Build(to, $"You have been added to {businessName} on VioConcierge", $"Hello {fullName},",
            [$"{invitedBy} added you to the {businessName} team on VioConcierge, which calls customers before their appointments.",
             "Choose your password with the link below; it works once and for 7 days. Then sign in with this email address."],
            new EmailLink("Set your password", link));

    public static EmailMessage PasswordReset(string to, string fullName, string businessName, string link) =>
        EmailTemplate.Build(to, "Reset your VioConcierge password", $"Hello {fullName},",
            [$"An administrator of {businessName} reset your VioConcierge password and signed out your sessions.",
             "Choose a new password with the link below; it works once and for 24 hours."],
            new EmailLink("Choose a new password", link));
}
