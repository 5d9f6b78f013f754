using System.ComponentModel.DataAnnotations;

namespace VioConcierge.Application.Identity;

/// <summary>The token from the email sent to a new address, confirming the change of sign-in email.</summary>
public sealed record ConfirmEmailRequest([property: Required] string? Token);
