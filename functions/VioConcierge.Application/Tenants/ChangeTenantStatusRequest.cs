using System.ComponentModel.DataAnnotations;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Tenants;

/// <summary>Status change with a mandatory justification; terminating also needs the tenant's name typed as confirmation.</summary>
public sealed record ChangeTenantStatusRequest([property: Required] string? NewStatus, [property: Required] [property: MultiLineText] string? Justification, string? Confirmation);
