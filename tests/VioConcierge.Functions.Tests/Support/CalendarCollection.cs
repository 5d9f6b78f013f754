namespace VioConcierge.Functions.Tests.Support;

[CollectionDefinition(Name)]
public sealed class CalendarCollection : ICollectionFixture<CalendarApiFixture>
{
    public const string Name = "calendar";
}
