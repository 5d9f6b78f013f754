using VioConcierge.Core.Abstractions;

namespace VioConcierge.Core.Tests.Abstractions;

public class FieldErrorsTests
{
    [Fact]
    public void Add_SameFieldTwice_GroupsMessagesInOrder()
    {
        // Act
        var errors = new FieldErrors()
            .Add("email", "Email is required.")
            .Add("name", "Name is required.")
            .Add("email", "Email is taken.")
            .ToDictionary();

        // Assert
        Assert.Equal(2, errors.Count);
        Assert.Equal(new[] { "Email is required.", "Email is taken." }, errors["email"]);
        Assert.Equal(new[] { "Name is required." }, errors["name"]);
    }

    [Fact]
    public void Add_FieldsDifferingOnlyInCase_KeptApart()
    {
        // Act
        var errors = new FieldErrors().Add("email", "a").Add("Email", "b").ToDictionary();

        // Assert
        Assert.Equal(new[] { "Email", "email" }, errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AddIf_FalseCondition_AddsNothing()
    {
        // Act
        var errors = new FieldErrors().AddIf(false, "name", "Name is required.");

        // Assert
        Assert.True(errors.IsEmpty);
        Assert.Empty(errors.ToDictionary());
    }

    [Fact]
    public void AddIf_TrueCondition_AddsMessage()
    {
        // Act
        var errors = new FieldErrors().AddIf(true, "name", "Name is required.");

        // Assert
        Assert.False(errors.IsEmpty);
        Assert.Equal(new[] { "Name is required." }, errors.ToDictionary()["name"]);
    }

    [Fact]
    public void Single_FieldAndMessage_HoldsExactlyThatError()
    {
        // Act
        var errors = FieldErrors.Single("status", "Cannot move from terminated.").ToDictionary();

        // Assert
        var (field, messages) = Assert.Single(errors);
        Assert.Equal("status", field);
        Assert.Equal(new[] { "Cannot move from terminated." }, messages);
    }
}
