using System.Text.Json;

namespace VioConcierge.Bench.Contacts;

/// <summary>
/// One look at a contact's reminder through <c>GET /api/contacts/{id}/calls</c> (the console's call timeline):
/// planned when the answer has a <c>reminder</c> (the sync writes it with its decision, timer and timeline line in one
/// transaction); its status, and when the app wrote its newest timeline line (<c>timeline[].occurredAt</c>, the app's
/// clock), i.e. when it was planned.
/// </summary>
public sealed record ReminderLook(bool Planned, string? Status, DateTimeOffset? PlannedAt, DateTimeOffset SeenAt)
{
    public static async Task<ReminderLook> TakeAsync(BenchApiClient api, Guid contactId, CancellationToken ct)
    {
        var response = (await api.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/contacts/{contactId}/calls"), ct))
            .Expect(200, "a contact's call timeline");
        var seenAt = DateTimeOffset.UtcNow;
        using var json = response.Json();
        var root = json.RootElement;
        if (!root.TryGetProperty("reminder", out var reminder) || reminder.ValueKind != JsonValueKind.Object)
        {
            return new ReminderLook(false, null, null, seenAt);
        }
        var status = reminder.GetProperty("status").GetString();
        if (status == "scheduled" && reminder.GetProperty("nextCallAt").ValueKind == JsonValueKind.Null)
        {
            status = "scheduled without nextCallAt";
        }
        var lines = root.TryGetProperty("timeline", out var timeline) && timeline.ValueKind == JsonValueKind.Array
            ? timeline.EnumerateArray().Select(line => line.GetProperty("occurredAt").GetDateTimeOffset()).ToArray()
            : [];
        return new ReminderLook(true, status, lines.Length == 0 ? null : lines.Max(), seenAt);
    }
}
