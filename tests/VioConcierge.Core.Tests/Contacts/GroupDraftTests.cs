using VioConcierge.Core.Groups;

namespace VioConcierge.Core.Tests.Contacts;

public class GroupDraftTests
{
    [Theory]
    [InlineData("VIP", null, null, true)]
    [InlineData("VIP", "best clients", "#ef4444", true)]
    [InlineData("", null, null, false)]
    [InlineData("VIP", null, "#000000", false)]
    [InlineData("VIP", null, "red", false)]
    public void Create_ValidatesNameAndPalette(string name, string? description, string? colour, bool valid)
    {
        Assert.Equal(valid, GroupDraft.Create(name, description, colour).IsValid);
    }

    [Fact]
    public void Create_LimitsLengths_AndDefaultsTheColour()
    {
        Assert.False(GroupDraft.Create(new string('n', 51), null, null).IsValid);
        Assert.False(GroupDraft.Create("VIP", new string('d', 256), null).IsValid);
        Assert.Equal(GroupColours.Default, GroupDraft.Create("VIP", null, null).Value!.Colour);
        Assert.Equal(8, GroupColours.Palette.Count);
    }
}
