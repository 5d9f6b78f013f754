using System.Text;

namespace VioConcierge.Core.Identity;

/// <summary>Wire names of permissions in seed style: <c>ManageTeamMembers</c> -> <c>manage_team_members</c>.</summary>
public static class PermissionNames
{
    public static string ToName(this Permission permission)
    {
        var name = permission.ToString();
        var builder = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }
            builder.Append(char.ToLowerInvariant(name[i]));
        }
        return builder.ToString();
    }
}
