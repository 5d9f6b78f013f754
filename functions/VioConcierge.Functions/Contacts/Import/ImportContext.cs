using VioConcierge.Core.Compliance;

namespace VioConcierge.Functions.Contacts.Import;

/// <summary>What validating and matching import rows depends on besides the rows: the tenant's settings, the policy, now.</summary>
public sealed record ImportContext(string Timezone, ComplianceSettings Compliance, string Duplicates, DateTimeOffset Now);
