using System.Text.Json;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Calls.Retell;

namespace VioConcierge.Application.Webhooks.Retell;

/// <summary>Reads Retell's <c>{"event": "...", "call": {...}}</c> (providers.md) into a <see cref="RetellWebhook"/>.</summary>
public static class RetellWebhookReader
{
    private const int MaxIdLength = 200;

    /// <summary>The tenant named by <c>call.metadata.tenant_id</c>, to choose the signing keys; null when there is none.</summary>
    public static Guid? TenantOf(JsonElement root) => MetadataId(root, RetellMetadata.TenantId);

    public static bool TryRead(JsonElement root, out RetellWebhook? webhook, out string? problem)
    {
        (webhook, problem) = (null, null);
        if (root.ValueKind != JsonValueKind.Object || Text(root, "event") is not { Length: > 0 and <= MaxIdLength } eventName)
        {
            problem = "event is missing or not a string";
            return false;
        }
        if (!root.TryGetProperty("call", out var call) || call.ValueKind != JsonValueKind.Object)
        {
            problem = "call is missing or not an object";
            return false;
        }
        if (Text(call, "call_id") is not { Length: > 0 and <= MaxIdLength } callId)
        {
            problem = "call.call_id is missing or not a string";
            return false;
        }
        webhook = new RetellWebhook(eventName, callId, TenantOf(root), MetadataId(root, RetellMetadata.CallSessionId),
            Text(call, "disconnection_reason"), Analysis(call, eventName), Timestamp(call, "start_timestamp"));
        return true;
    }

    /// <summary>The analysis on <c>call_analyzed</c> (an event without one counts as an analysis that found nothing).</summary>
    private static RetellAnalysis? Analysis(JsonElement call, string eventName)
    {
        if (eventName != RetellWebhook.CallAnalyzed)
        {
            return null;
        }
        if (!call.TryGetProperty("call_analysis", out var analysis) || analysis.ValueKind != JsonValueKind.Object)
        {
            return new RetellAnalysis(false, null);
        }
        var voicemail = analysis.TryGetProperty("in_voicemail", out var flag) && flag.ValueKind == JsonValueKind.True;
        var custom = analysis.TryGetProperty("custom_analysis_data", out var data) && data.ValueKind == JsonValueKind.Object
            ? Text(data, "appointment_outcome")
            : null;
        return new RetellAnalysis(voicemail, custom);
    }

    private static Guid? MetadataId(JsonElement root, string name) =>
        root.ValueKind == JsonValueKind.Object && root.TryGetProperty("call", out var call) && call.ValueKind == JsonValueKind.Object
            && call.TryGetProperty("metadata", out var metadata) && metadata.ValueKind == JsonValueKind.Object
            && Guid.TryParse(Text(metadata, name), out var id)
            ? id
            : null;

    /// <summary>A string field; one holding a control character reads as absent (it names nothing this app knows).</summary>
    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && JsonStrings.Of(value) is { } text && !ControlCharacters.AnyIn(text)
            ? text
            : null;

    private static DateTimeOffset? Timestamp(JsonElement call, string name) =>
        call.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var ms)
            && ms is > 0 and < 253402300799999
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : null;
}
