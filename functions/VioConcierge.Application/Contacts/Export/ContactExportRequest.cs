using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Contacts.Export;

/// <summary>
/// Query parameters of <c>GET /api/contacts/export</c> besides the list filters: <c>fields</c> and <c>ids</c> are
/// comma-separated (<c>ids</c> may also repeat); <c>scope=group</c> takes the list's <c>group</c> parameter.
/// </summary>
public sealed record ContactExportRequest(
    string? Format = null,
    string? Scope = null,
    string? Fields = null,
    string[]? Ids = null,
    string? DateFormat = null,
    string? PhoneFormat = null,
    bool? HipaaSafe = null);
