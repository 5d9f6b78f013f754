namespace VioConcierge.Application.Integrations;

/// <summary>
/// PUT /api/settings/integrations/retell: agent and caller id (required); <see cref="ApiKey"/> sets the tenant's own
/// key (write-only; omit it to keep the current one), <see cref="RemoveApiKey"/> drops it so the platform key applies.
/// <see cref="Version"/> or If-Match guards lost updates.
/// </summary>
public sealed record RetellSettingsRequest(string? AgentId, string? CallerId, string? ApiKey, bool? RemoveApiKey, int? Version);
