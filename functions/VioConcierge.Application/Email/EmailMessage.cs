namespace VioConcierge.Application.Email;

/// <summary>
/// One email to one recipient: a subject, a plain-text body (always) and an optional HTML body. Built from a template
/// by the feature that sends it; holds only what the recipient may read (no patient data beyond the tenant's HIPAA
/// level allows on a call).
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Text, string? Html = null);
