using System.Text.Json;

namespace VioConcierge.Application.Settings;

/// <summary>
/// What one read of a tenant's settings returned: the tenant's own columns the defaults and policies depend on, and
/// the saved sections asked for (a section never saved is absent: the caller applies its defaults).
/// </summary>
public sealed record TenantSettingsRead(string Timezone, string BusinessType, string Status, IReadOnlyDictionary<string, string> Sections)
{
    /// <summary>The saved section, or null when it was never saved.</summary>
    public T? Get<T>(string section) where T : class =>
        Sections.TryGetValue(section, out var value) ? JsonSerializer.Deserialize<T>(value, JsonSerializerOptions.Web) : null;
}
