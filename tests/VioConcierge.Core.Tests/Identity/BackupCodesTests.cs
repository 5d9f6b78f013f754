using System.Text.RegularExpressions;
using VioConcierge.Core.Identity;

namespace VioConcierge.Core.Tests.Identity;

public class BackupCodesTests
{
    // Lower-case letters and digits without the look-alikes i, l, o, 0 and 1.
    private static readonly Regex CodeShape = new("^[a-hjkmnp-z2-9]{5}-[a-hjkmnp-z2-9]{5}$");

    [Fact]
    public void Generate_Called_ReturnsTenUniqueCodesInFiveDashFiveFormat()
    {
        // Act
        var codes = BackupCodes.Generate();

        // Assert
        Assert.Equal(10, codes.Count);
        Assert.All(codes, code => Assert.Matches(CodeShape, code));
        Assert.Equal(codes.Count, codes.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Generate_CalledTwice_ReturnsDifferentCodes()
    {
        // Act
        var first = BackupCodes.Generate();
        var second = BackupCodes.Generate();

        // Assert
        Assert.Empty(first.Intersect(second, StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("abcde-fghjk")]
    [InlineData("ABCDE-FGHJK")]
    [InlineData("abcdefghjk")]
    [InlineData("abcde fghjk")]
    [InlineData(" AbCdE - fGhJk ")]
    public void Hash_DashSpaceOrCaseVariant_EqualsHashOfCanonicalCode(string typed)
    {
        // Act
        var hash = BackupCodes.Hash(typed);

        // Assert
        Assert.Equal(BackupCodes.Hash("abcde-fghjk"), hash);
    }

    [Fact]
    public void Hash_DifferentCode_DiffersAndIsSha256Length()
    {
        // Act
        var hash = BackupCodes.Hash("abcde-fghjk");
        var other = BackupCodes.Hash("abcde-fghjm");

        // Assert
        Assert.Equal(32, hash.Length);
        Assert.NotEqual(hash, other);
    }
}
