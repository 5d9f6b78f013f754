namespace VioConcierge.Application.Contacts.Import;

/// <summary>A started import: finished in the request (200), or queued for the background job (202).</summary>
public sealed record ImportStarted(ImportJobResponse Job, bool Queued);
