using System.Net;
using System.Text.Json;
using VioConcierge.Functions.Tests.Support;

namespace VioConcierge.Functions.Tests.Notifications;

/// <summary>The notification routes as a signed-in user calls them.</summary>
public static class NotificationApi
{
    /// <summary>A PUT body holding the default preferences, with <paramref name="change"/> applied.</summary>
    public static Dictionary<string, object?> Preferences(Action<Dictionary<string, object?>>? change = null)
    {
        var body = new Dictionary<string, object?>
        {
            ["callCompletion"] = "failed_only",
            ["confirmationAlerts"] = false,
            ["cancellationAlerts"] = true,
            ["integrationAlerts"] = true,
            ["dailySummary"] = new Dictionary<string, object?> { ["enabled"] = false, ["time"] = "09:00" },
            ["weeklyReport"] = new Dictionary<string, object?> { ["enabled"] = false, ["day"] = "monday", ["time"] = "09:00" },
            ["quietHours"] = new Dictionary<string, object?> { ["enabled"] = true, ["start"] = "22:00", ["end"] = "08:00" },
            ["channels"] = new Dictionary<string, object?> { ["inApp"] = true, ["email"] = true },
        };
        change?.Invoke(body);
        return body;
    }

    /// <summary>Sets <paramref name="field"/> of the section <paramref name="section"/> of a <see cref="Preferences"/> body.</summary>
    public static void Set(this Dictionary<string, object?> body, string section, string field, object? value) =>
        ((Dictionary<string, object?>)body[section]!)[field] = value;

    public static async Task<JsonElement> SavePreferencesAsync(this SignedIn user, object body)
    {
        var response = await user.Client.SendJsonAsync(HttpMethod.Put, "/api/me/notifications", body);
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static async Task<JsonElement> FeedAsync(this SignedIn user, string query = "")
    {
        var response = await user.Client.GetAsync($"/api/me/notifications/feed{query}");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await response.ReadAsync();
    }

    public static JsonElement[] Items(this JsonElement feed) => feed.GetProperty("items").EnumerateArray().ToArray();

    /// <summary>The types of the page's items, newest first.</summary>
    public static string[] Types(this JsonElement feed) => feed.Items().Select(item => item.Str("type")).ToArray();
}
