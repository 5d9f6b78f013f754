using VioConcierge.Core.Audit;
using VioConcierge.Core.Reminders;

namespace VioConcierge.Core.Tests.Audit;

public class AuditChangesTests
{
    [Theory]
    [InlineData("password")]
    [InlineData("passwordHash")]
    [InlineData("apiKey")]
    [InlineData("api_key")]
    [InlineData("totpSecret")]
    [InlineData("refreshToken")]
    [InlineData("backupCodes")]
    [InlineData("PASSWORD")]
    [InlineData("signingKey")]
    [InlineData("privateKey")]
    [InlineData("encryptionKey")]
    [InlineData("webhookCredential")]
    public void Change_SecretLookingField_NotRecorded(string field)
    {
        // Act
        var changes = new AuditChanges().Change(field, "old-value", "new-value").Set(field, "set-value").Build();

        // Assert
        Assert.Empty(changes);
        Assert.True(AuditChanges.IsSecretField(field));
    }

    [Theory]
    [InlineData("fullName")]
    [InlineData("email")]
    [InlineData("status")]
    public void Change_OrdinaryField_RecordsBeforeAndAfter(string field)
    {
        // Act
        var changes = new AuditChanges().Change(field, "old", "new").Build();

        // Assert
        Assert.Equal(new FieldChange("old", "new"), changes[field]);
        Assert.False(AuditChanges.IsSecretField(field));
    }

    [Fact]
    public void Change_UnchangedValues_Dropped()
    {
        // Act
        var changes = new AuditChanges()
            .Change("status", "active", "active")
            .Change("failedAttempts", 3, 3)
            .Change("jobTitle", null, null)
            .Change("fullName", "Alice", "Alicia")
            .Build();

        // Assert
        var (field, change) = Assert.Single(changes);
        Assert.Equal("fullName", field);
        Assert.Equal(new FieldChange("Alice", "Alicia"), change);
    }

    [Fact]
    public void Set_NewValue_RecordsNullBefore()
    {
        // Act
        var changes = new AuditChanges().Set("reason", "refresh_token_reused").Build();

        // Assert
        Assert.Equal(new FieldChange(null, "refresh_token_reused"), changes["reason"]);
    }
}
