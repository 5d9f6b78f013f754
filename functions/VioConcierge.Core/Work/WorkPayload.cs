using System.Text.Json;

namespace VioConcierge.Core.Work;

/// <summary>
/// The one payload format every work producer and handler shares: JSON with the web defaults (camelCase names,
/// read case-insensitively), so an item enqueued by one part is read the same way by its handler.
/// </summary>
public static class WorkPayload
{
    public static string Write<T>(T payload) => JsonSerializer.Serialize(payload, JsonSerializerOptions.Web);

    /// <summary>The payload of <paramref name="item"/>; a payload that is JSON <c>null</c> is a broken item.</summary>
    public static T Read<T>(WorkItem item) =>
        JsonSerializer.Deserialize<T>(item.PayloadJson, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Work item {item.Id} has no payload.");
}
