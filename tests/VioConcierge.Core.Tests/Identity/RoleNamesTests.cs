using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class RoleNamesTests
{
    [Theory]
    [InlineData(Role.SuperAdmin, "super_admin")]
    [InlineData(Role.ClientAdmin, "client_admin")]
    [InlineData(Role.ClientUser, "client_user")]
    public void ToNameAndParse_KnownRole_RoundTrips(Role role, string name)
    {
        Assert.Equal(name, role.ToName());
        Assert.Equal(role, RoleNames.Parse(name));
        Assert.True(RoleNames.TryParse(name, out var parsed));
        Assert.Equal(role, parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("admin")]
    [InlineData("Super_Admin")]
    [InlineData("CLIENT_USER")]
    [InlineData(" client_user")]
    [InlineData("SuperAdmin")]
    public void TryParse_UnknownName_ReturnsFalse(string? name)
    {
        Assert.False(RoleNames.TryParse(name, out _));
    }

    [Fact]
    public void Parse_UnknownName_ThrowsFormatException()
    {
        Assert.Throws<FormatException>(() => RoleNames.Parse("owner"));
    }

    [Fact]
    public void ToName_UndefinedRole_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => ((Role)42).ToName());
    }

    [Theory]
    [InlineData(Role.SuperAdmin, true)]
    [InlineData(Role.ClientAdmin, true)]
    [InlineData(Role.ClientUser, false)]
    public void IsAdmin_Role_TrueForBothAdminRoles(Role role, bool expected)
    {
        Assert.Equal(expected, role.IsAdmin());
    }
}
