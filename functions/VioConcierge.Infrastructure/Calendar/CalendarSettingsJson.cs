using System.Text.Json;
using System.Text.Json.Serialization;
using VioConcierge.Core.Integrations.Calendar;

namespace VioConcierge.Infrastructure.Calendar;

/// <summary>
/// The JSON of <c>calendar_integrations.settings</c>: camelCase fields, <c>duplicateHandling</c> spelled as the API
/// spells it (<c>update_existing</c>).
/// </summary>
public static class CalendarSettingsJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower, allowIntegerValues: false) },
    };

    public static string Write(CalendarIntegrationSettings settings) => JsonSerializer.Serialize(settings, Options);

    public static CalendarIntegrationSettings Read(string json) =>
        JsonSerializer.Deserialize<CalendarIntegrationSettings>(json, Options) ?? CalendarIntegrationSettings.Default;
}
