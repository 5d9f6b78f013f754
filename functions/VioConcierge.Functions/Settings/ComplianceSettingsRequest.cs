namespace VioConcierge.Functions.Settings;

/// <summary>PUT /api/settings/compliance: the whole section; <see cref="Version"/> or If-Match guards lost updates.</summary>
public sealed record ComplianceSettingsRequest(bool? HipaaMode, string? ComplianceLevel, bool? PhiDetection, string? PhiAction, int? Version);
