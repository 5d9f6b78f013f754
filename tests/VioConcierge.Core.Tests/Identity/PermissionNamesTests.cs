using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class PermissionNamesTests
{
    [Theory]
    [InlineData(Permission.ManageTeamMembers, "manage_team_members")]
    [InlineData(Permission.ViewContacts, "view_contacts")]
    [InlineData(Permission.ConfigureCallSettings, "configure_call_settings")]
    [InlineData(Permission.ViewPlatformAudit, "view_platform_audit")]
    [InlineData(Permission.ManageWorkQueue, "manage_work_queue")]
    public void ToName_Permission_ReturnsSnakeCase(Permission permission, string expected)
    {
        Assert.Equal(expected, permission.ToName());
    }

    [Fact]
    public void ToName_EveryPermission_UniqueLowerSnakeCase()
    {
        // Act
        var names = Enum.GetValues<Permission>().Select(p => p.ToName()).ToList();

        // Assert
        Assert.All(names, name => Assert.Matches("^[a-z]+(_[a-z]+)*$", name));
        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }
}
