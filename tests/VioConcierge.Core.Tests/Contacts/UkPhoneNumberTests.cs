using VioConcierge.Core.Contacts;

namespace VioConcierge.Core.Tests.Contacts;

public class UkPhoneNumberTests
{
    [Theory]
    [InlineData("07700 900123", "+447700900123", "07700 900123", true)]
    [InlineData("+44 7700 900123", "+447700900123", "07700 900123", true)]
    [InlineData("+44 (0)7700-900123", "+447700900123", "07700 900123", true)]
    [InlineData("(0)7700-900123", "+447700900123", "07700 900123", true)]
    [InlineData("0044 7700 900123", "+447700900123", "07700 900123", true)]
    [InlineData("447700900123", "+447700900123", "07700 900123", true)]
    [InlineData("07700.900.123", "+447700900123", "07700 900123", true)]
    [InlineData("  +447700900123  ", "+447700900123", "07700 900123", true)]
    [InlineData("+44 07700 900123", "+447700900123", "07700 900123", true)]
    [InlineData("07624 123456", "+447624123456", "07624 123456", true)]
    [InlineData("07400 123456", "+447400123456", "07400 123456", true)]
    [InlineData("07100 123456", "+447100123456", "07100 123456", true)]
    [InlineData("+44 20 7946 0958", "+442079460958", "020 7946 0958", false)]
    [InlineData("020 7946 0958", "+442079460958", "020 7946 0958", false)]
    [InlineData("(020) 7946-0958", "+442079460958", "020 7946 0958", false)]
    [InlineData("029 2018 0123", "+442920180123", "029 2018 0123", false)]
    [InlineData("028 9018 0123", "+442890180123", "028 9018 0123", false)]
    [InlineData("0161 496 0000", "+441614960000", "0161 496 0000", false)]
    [InlineData("+44 (0) 161 496 0000", "+441614960000", "0161 496 0000", false)]
    [InlineData("0113 496 0000", "+441134960000", "0113 496 0000", false)]
    [InlineData("01632 960123", "+441632960123", "01632 960123", false)]
    [InlineData("01204 61234", "+44120461234", "01204 61234", false)]
    [InlineData("016977 2345", "+44169772345", "016977 2345", false)]
    [InlineData("016977 23456", "+441697723456", "016977 23456", false)]
    [InlineData("015394 36123", "+441539436123", "015394 36123", false)]
    [InlineData("0300 123 4567", "+443001234567", "0300 123 4567", false)]
    [InlineData("0345 600 0000", "+443456000000", "0345 600 0000", false)]
    public void TryParse_ValidUkNumber_NormalisesToE164AndNational(
        string input, string e164, string national, bool isMobile)
    {
        // Act
        var ok = UkPhoneNumber.TryParse(input, out var phone);

        // Assert
        Assert.True(ok);
        Assert.Equal(e164, phone.E164);
        Assert.Equal(national, phone.National);
        Assert.Equal(isMobile, phone.IsMobile);
        Assert.Equal(e164, phone.ToString());
    }

    [Theory]
    [InlineData("07700 900123", "+44 7700 900123")]
    [InlineData("020 7946 0958", "+44 20 7946 0958")]
    [InlineData("0161 496 0000", "+44 161 496 0000")]
    [InlineData("01632 960123", "+44 1632 960123")]
    [InlineData("016977 2345", "+44 16977 2345")]
    [InlineData("0300 123 4567", "+44 300 123 4567")]
    public void TryParse_ValidUkNumber_FormatsInternationalWithoutTrunkZero(string input, string international)
    {
        // Act
        UkPhoneNumber.TryParse(input, out var phone);

        // Assert
        Assert.Equal(international, phone.International);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0")]
    [InlineData("+44")]
    [InlineData("07700 90012")]
    [InlineData("07700 9001234")]
    [InlineData("7700 900123")]
    [InlineData("0770O 900123")]
    [InlineData("tel 07700900123")]
    [InlineData("07700 900123 ext 12")]
    [InlineData("07700/900123")]
    [InlineData("07700_900123")]
    [InlineData("07700 (900123")]
    [InlineData("07700 900123)")]
    [InlineData("07700 ((900)) 123")]
    [InlineData("++44 7700 900123")]
    [InlineData("07700 +900123")]
    [InlineData("０７７００ ９００１２３")]
    [InlineData("+1 202 555 0143")]
    [InlineData("+33 6 12 34 56 78")]
    [InlineData("0033 6 12 34 56 78")]
    [InlineData("+0044 7700 900123")]
    [InlineData("+44 00 7700 900123")]
    [InlineData("07000 123456")]
    [InlineData("07600 123456")]
    [InlineData("07625 123456")]
    [InlineData("0800 123 4567")]
    [InlineData("0808 157 0192")]
    [InlineData("0845 123 4567")]
    [InlineData("0870 123 4567")]
    [InlineData("0906 123 4567")]
    [InlineData("0560 123 4567")]
    [InlineData("0500 123456")]
    [InlineData("0310 123 4567")]
    [InlineData("021 1234 5678")]
    [InlineData("020 0123 4567")]
    [InlineData("020 1123 4567")]
    [InlineData("0161 096 0000")]
    [InlineData("01632 060123")]
    [InlineData("01632 96012")]
    [InlineData("016977 1234")]
    [InlineData("01204 01234")]
    [InlineData("0161 496 00000")]
    public void TryParse_NotAnAcceptedUkNumber_ReturnsFalse(string? input)
    {
        Assert.False(UkPhoneNumber.TryParse(input, out _));
    }

    [Fact]
    public void TryParse_SameNumberWrittenDifferently_ValuesAreEqual()
    {
        // Act
        UkPhoneNumber.TryParse("07700 900123", out var national);
        UkPhoneNumber.TryParse("+44 (0)7700-900123", out var international);

        // Assert
        Assert.Equal(national, international);
    }

    [Theory]
    [InlineData("07700 900", "7700900")]
    [InlineData("+44 7700 900", "7700900")]
    [InlineData("447700900", "7700900")]
    [InlineData("0044 7700 900", "7700900")]
    [InlineData("+44 (0)7700 900", "7700900")]
    [InlineData("900 123", "900123")]
    [InlineData("020-7946", "207946")]
    [InlineData("0958", "958")]
    [InlineData("7700", "7700")]
    [InlineData("12", "12")]
    [InlineData("tel: 07700", "7700")]
    [InlineData("07", "")]
    [InlineData("0", "")]
    [InlineData("44", "")]
    [InlineData("+44 (0)", "")]
    [InlineData("abc", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void DigitsForSearch_AnyWrittenForm_ReducesToNationalSignificantDigits(string? input, string expected)
    {
        Assert.Equal(expected, UkPhoneNumber.DigitsForSearch(input));
    }

    [Theory]
    [InlineData("07700 900123")]
    [InlineData("+44 (0)7700-900123")]
    [InlineData("0044 7700 900123")]
    [InlineData("447700900123")]
    [InlineData("020 7946 0958")]
    [InlineData("+44 20 7946 0958")]
    [InlineData("016977 2345")]
    public void DigitsForSearch_WholeNumber_IsFoundInItsE164(string input)
    {
        // Arrange
        UkPhoneNumber.TryParse(input, out var phone);

        // Act
        var digits = UkPhoneNumber.DigitsForSearch(input);

        // Assert
        Assert.EndsWith(digits, phone.E164, StringComparison.Ordinal);
        Assert.Equal(phone.E164[3..], digits);
    }
}
