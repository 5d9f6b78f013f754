using VioConcierge.Core.Compliance;
using VioConcierge.Core.Contacts;

namespace VioConcierge.Application.Contacts.Import;

/// <summary>
/// What validating and matching import rows depends on besides the rows: the tenant's contact defaults (time zone, call
/// timing and whether a row may set its own) and compliance settings, the duplicate policy, now.
/// </summary>
public sealed record ImportContext(ContactDefaults Defaults, ComplianceSettings Compliance, string Duplicates, DateTimeOffset Now);
