using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class RolePermissionsTests
{
    [Theory]
    //          permission                            super  cAdmin cUser
    [InlineData(Permission.ViewContacts, false, true, true)]
    [InlineData(Permission.CreateContacts, false, true, true)]
    [InlineData(Permission.EditOwnContacts, false, true, true)]
    [InlineData(Permission.TriggerManualCalls, false, true, true)]
    [InlineData(Permission.ViewCallResults, false, true, true)]
    [InlineData(Permission.ViewBasicAnalytics, false, true, true)]
    [InlineData(Permission.UpdateOwnProfile, true, true, true)]
    [InlineData(Permission.ManageContacts, false, true, false)]
    [InlineData(Permission.ManageTeamMembers, false, true, false)]
    [InlineData(Permission.ConfigureIntegrations, false, true, false)]
    [InlineData(Permission.ManageBusinessSettings, false, true, false)]
    [InlineData(Permission.ViewAllAnalytics, false, true, false)]
    [InlineData(Permission.ExportData, false, true, false)]
    [InlineData(Permission.ManageComplianceSettings, false, true, false)]
    [InlineData(Permission.ConfigureCallSettings, false, true, false)]
    [InlineData(Permission.ManageTenants, true, false, false)]
    [InlineData(Permission.ViewPlatformAudit, true, false, false)]
    [InlineData(Permission.ManageWorkQueue, true, false, false)]
    public void Has_PermissionTable_MatchesEachRole(Permission permission, bool superAdmin, bool clientAdmin, bool clientUser)
    {
        Assert.Equal(superAdmin, RolePermissions.Has(Role.SuperAdmin, permission));
        Assert.Equal(clientAdmin, RolePermissions.Has(Role.ClientAdmin, permission));
        Assert.Equal(clientUser, RolePermissions.Has(Role.ClientUser, permission));
    }

    [Fact]
    public void For_ClientAdmin_IncludesEveryClientUserPermission()
    {
        // Act
        var admin = RolePermissions.For(Role.ClientAdmin);
        var user = RolePermissions.For(Role.ClientUser);

        // Assert
        Assert.True(admin.IsProperSupersetOf(user));
    }

    [Theory]
    [InlineData(Role.SuperAdmin)]
    [InlineData(Role.ClientAdmin)]
    [InlineData(Role.ClientUser)]
    public void For_Role_AgreesWithHas(Role role)
    {
        // Act
        var granted = RolePermissions.For(role);

        // Assert
        Assert.All(Enum.GetValues<Permission>(), permission =>
            Assert.Equal(granted.Contains(permission), RolePermissions.Has(role, permission)));
    }
}
