using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Tenants;

namespace VioConcierge.Core.Tests.Tenants;

public class NewTenantTests
{
    [Fact]
    public void Create_ValidInput_ReturnsTenant()
    {
        // Act
        var result = new Input().Create();

        // Assert
        Assert.True(result.IsValid);
        var tenant = result.Value!;
        Assert.Equal("Acme Dental", tenant.Name);
        Assert.Equal("medical", tenant.BusinessType);
        Assert.Equal("America/New_York", tenant.TimeZone);
        Assert.Equal("Alice Smith", tenant.AdminFullName);
        Assert.Equal("alice@acme.co.uk", tenant.AdminEmail.Value);
        Assert.Equal("Practice Manager", tenant.AdminJobTitle);
        Assert.Equal("Correct-Horse-42", tenant.AdminPassword);
    }

    [Theory]
    [InlineData("name", null)]
    [InlineData("name", "   ")]
    [InlineData("name", " A ")]
    [InlineData("businessType", null)]
    [InlineData("businessType", "spa")]
    [InlineData("businessType", "Medical")]
    [InlineData("timezone", "Mars/Olympus")]
    [InlineData("timezone", "GMT Standard Time")]
    [InlineData("admin.fullName", null)]
    [InlineData("admin.fullName", "  ")]
    [InlineData("admin.email", null)]
    [InlineData("admin.email", "not-an-email")]
    [InlineData("admin.email", "alice@localhost")]
    [InlineData("admin.password", "short")]
    [InlineData("admin.password", "Password123!")]
    [InlineData("admin.password", "Ab3$efghij")]
    public void Create_OneInvalidField_ReportsOnlyThatKey(string field, string? value)
    {
        // Arrange
        var input = With(new Input(), field, value);

        // Act
        var result = input.Create();

        // Assert
        Assert.False(result.IsValid);
        var key = Assert.Single(result.Errors!.ToDictionary()).Key;
        Assert.Equal(field, key);
    }

    [Theory]
    [InlineData("name", 1, false)]
    [InlineData("name", 2, true)]
    [InlineData("name", 100, true)]
    [InlineData("name", 101, false)]
    [InlineData("admin.fullName", 100, true)]
    [InlineData("admin.fullName", 101, false)]
    [InlineData("admin.jobTitle", 100, true)]
    [InlineData("admin.jobTitle", 101, false)]
    public void Create_FieldLengthAtLimit_AcceptsUpToMaximum(string field, int length, bool accepted)
    {
        // Arrange
        var input = With(new Input(), field, new string('x', length));

        // Act
        var result = input.Create();

        // Assert
        Assert.Equal(accepted, result.IsValid);
        if (!accepted)
        {
            Assert.Equal(field, Assert.Single(result.Errors!.ToDictionary()).Key);
        }
    }

    [Fact]
    public void Create_EveryFieldInvalid_ReportsEveryKey()
    {
        // Arrange
        var input = new Input
        {
            Name = "",
            BusinessType = "spa",
            TimeZone = "Mars/Olympus",
            AdminFullName = "",
            AdminEmail = "nope",
            AdminJobTitle = new string('x', 101),
            AdminPassword = "short",
        };

        // Act
        var result = input.Create();

        // Assert
        Assert.Equal(
            new[] { "admin.email", "admin.fullName", "admin.jobTitle", "admin.password", "businessType", "name", "timezone" },
            result.Errors!.ToDictionary().Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Create_WeakAdminPassword_ReportsAdminLengthRule()
    {
        // Act
        var result = (new Input() with { AdminPassword = "Ab3$efghij" }).Create();

        // Assert
        Assert.Contains("Password must be at least 12 characters.", result.Errors!.ToDictionary()["admin.password"]);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void Create_NoTimeZone_DefaultsToEuropeLondon(string? timeZone)
    {
        // Act
        var result = (new Input() with { TimeZone = timeZone }).Create();

        // Assert
        Assert.Equal("Europe/London", result.Value!.TimeZone);
    }

    [Fact]
    public void Create_PaddedTimeZone_IsTrimmed()
    {
        // Act
        var result = (new Input() with { TimeZone = " Europe/Paris " }).Create();

        // Assert
        Assert.Equal("Europe/Paris", result.Value!.TimeZone);
    }

    [Fact]
    public void Create_PaddedNamesAndMixedCaseEmail_AreNormalised()
    {
        // Arrange
        var input = new Input
        {
            Name = "  Acme Dental  ",
            AdminFullName = "  Alice Smith ",
            AdminEmail = " Alice.Smith@Acme.CO.UK ",
            AdminJobTitle = "  Owner  ",
        };

        // Act
        var tenant = input.Create().Value!;

        // Assert
        Assert.Equal("Acme Dental", tenant.Name);
        Assert.Equal("Alice Smith", tenant.AdminFullName);
        Assert.Equal("alice.smith@acme.co.uk", tenant.AdminEmail.Value);
        Assert.Equal("Owner", tenant.AdminJobTitle);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void Create_BlankJobTitle_StoredAsNull(string? jobTitle)
    {
        // Act
        var result = (new Input() with { AdminJobTitle = jobTitle }).Create();

        // Assert
        Assert.True(result.IsValid);
        Assert.Null(result.Value!.AdminJobTitle);
    }

    [Fact]
    public void Create_NoPassword_IsValidWithNullPassword()
    {
        // Act
        var result = (new Input() with { AdminPassword = null }).Create();

        // Assert
        Assert.True(result.IsValid);
        Assert.Null(result.Value!.AdminPassword);
    }

    private static Input With(Input input, string field, string? value) => field switch
    {
        "name" => input with { Name = value },
        "businessType" => input with { BusinessType = value },
        "timezone" => input with { TimeZone = value },
        "admin.fullName" => input with { AdminFullName = value },
        "admin.email" => input with { AdminEmail = value },
        "admin.jobTitle" => input with { AdminJobTitle = value },
        "admin.password" => input with { AdminPassword = value },
        _ => throw new ArgumentOutOfRangeException(nameof(field), field, null),
    };

    /// <summary>A valid request; each test overrides the field it is about.</summary>
    private sealed record Input
    {
        public string? Name { get; init; } = "Acme Dental";
        public string? BusinessType { get; init; } = "medical";
        public string? TimeZone { get; init; } = "America/New_York";
        public string? AdminFullName { get; init; } = "Alice Smith";
        public string? AdminEmail { get; init; } = "alice@acme.co.uk";
        public string? AdminJobTitle { get; init; } = "Practice Manager";
        public string? AdminPassword { get; init; } = "Correct-Horse-42";

        public Result<NewTenant> Create() =>
            NewTenant.Create(Name, BusinessType, TimeZone, AdminFullName, AdminEmail, AdminJobTitle, AdminPassword);
    }
}
