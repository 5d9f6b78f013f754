using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>
/// An export checked, counted and audited, ready to stream: whose contacts, which ones, which fields in which
/// formats, and the sensitive fields HIPAA-safe mode left out.
/// </summary>
public sealed record PreparedExport(
    Guid TenantId, ContactListQuery Query, ExportOptions Options, IReadOnlyList<string> Fields, IReadOnlyList<string> Omitted, long Count, DateTimeOffset Now)
{
    public string ContentType => Options.Format == "json" ? "application/json; charset=utf-8" : "text/csv; charset=utf-8";

    public string FileName => $"contacts-{Now:yyyyMMdd-HHmmss}.{Options.Format}";
}
