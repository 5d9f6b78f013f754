using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Settings;

/// <summary>PUT /api/settings/compliance: the whole section; <see cref="Version"/> or If-Match guards lost updates.</summary>
public sealed record ComplianceSettingsRequest([property: Required] bool? HipaaMode, [property: Required] string? ComplianceLevel, [property: Required] bool? PhiDetection, [property: Required] string? PhiAction, int? Version);
