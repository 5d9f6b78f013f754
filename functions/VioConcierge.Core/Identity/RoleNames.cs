namespace VioConcierge.Core.Identity;

/// <summary>The wire and storage names of roles (<c>super_admin</c>, <c>client_admin</c>, <c>client_user</c>).</summary>
public static class RoleNames
{
    public const string SuperAdmin = "super_admin";
    public const string ClientAdmin = "client_admin";
    public const string ClientUser = "client_user";

    public static string ToName(this Role role) => role switch
    {
        Role.SuperAdmin => SuperAdmin,
        Role.ClientAdmin => ClientAdmin,
        Role.ClientUser => ClientUser,
        _ => throw new ArgumentOutOfRangeException(nameof(role)),
    };

    public static bool TryParse(string? name, out Role role)
    {
        (var ok, role) = name switch
        {
            SuperAdmin => (true, Role.SuperAdmin),
            ClientAdmin => (true, Role.ClientAdmin),
            ClientUser => (true, Role.ClientUser),
            _ => (false, Role.ClientUser),
        };
        return ok;
    }

    public static Role Parse(string name) =>
        TryParse(name, out var role) ? role : throw new FormatException($"Unknown role '{name}'.");

    public static bool IsAdmin(this Role role) => role is Role.SuperAdmin or Role.ClientAdmin;
}
