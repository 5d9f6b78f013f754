namespace VioConcierge.Core.Identity;

/// <summary>The three roles. Super admins belong to the platform; the others to one tenant.</summary>
public enum Role
{
    SuperAdmin,
    ClientAdmin,
    ClientUser,
}
