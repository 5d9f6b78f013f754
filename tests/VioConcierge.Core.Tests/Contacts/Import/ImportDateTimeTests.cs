using VioConcierge.Core.Contacts.Import;

namespace VioConcierge.Core.Tests.Contacts.Import;

public class ImportDateTimeTests
{
    [Theory]
    [InlineData("2026-12-01T10:30", "2026-12-01T10:30:00")]
    [InlineData("2026-12-01 10:30", "2026-12-01T10:30:00")]
    [InlineData("2026-12-01T10:30:15", "2026-12-01T10:30:15")]
    [InlineData("01/12/2026 10:30", "2026-12-01T10:30:00")]
    [InlineData("1/12/2026 9:05", "2026-12-01T09:05:00")]
    [InlineData("1/12/2026 2:30 pm", "2026-12-01T14:30:00")]
    [InlineData("2026-12-01T10:30:00+02:00", "2026-12-01T10:30:00+02:00")]
    [InlineData("2026-12-01T10:30Z", "2026-12-01T10:30Z")]
    public void TryParseCombined_SpreadsheetForms_GiveIsoLocalTime(string text, string expected)
    {
        // Act
        var ok = ImportDateTime.TryParseCombined(text, out var appointment);

        // Assert
        Assert.True(ok);
        Assert.Equal(expected, appointment);
    }

    [Theory]
    [InlineData("2026-12-01")]
    [InlineData("12/31/2026 10:30")]
    [InlineData("31/02/2026 10:30")]
    [InlineData("2026-12-01 25:00")]
    [InlineData("tomorrow at ten")]
    public void TryParseCombined_DateOnlyOrImpossible_IsRefused(string text)
    {
        // Act
        var ok = ImportDateTime.TryParseCombined(text, out _);

        // Assert
        Assert.False(ok);
    }
}
