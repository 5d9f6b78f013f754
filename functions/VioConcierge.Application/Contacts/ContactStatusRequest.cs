using System.ComponentModel.DataAnnotations;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Contacts;

/// <summary>Manual status override with an optional reason (kept on the contact and in the audit log).</summary>
public sealed record ContactStatusRequest([property: Required] string? Status, [property: MultiLineText] string? Reason, int? Version);
