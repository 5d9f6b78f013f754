using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using VioConcierge.Core.Integrations.Calendar;
using VioConcierge.Core.Reminders;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Hosting;

/// <summary>Every enum the API writes or reads is its snake_case name, never the C# name or a number.</summary>
[Collection(ApiCollection.Name)]
public sealed class WireFormatTests(ApiFixture api)
{
    [Fact]
    public void Enums_AreWrittenAndReadAsSnakeCaseNames()
    {
        var options = api.Service<IOptions<JsonOptions>>().Value.SerializerOptions;

        Assert.Equal("\"no_answer\"", JsonSerializer.Serialize(CallOutcome.NoAnswer, options));
        Assert.Equal("\"update_existing\"", JsonSerializer.Serialize(DuplicateHandling.UpdateExisting, options));
        Assert.Equal(CallOutcome.RescheduleRequested, JsonSerializer.Deserialize<CallOutcome>("\"reschedule_requested\"", options));
        Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<CallOutcome>("3", options));
    }
}
