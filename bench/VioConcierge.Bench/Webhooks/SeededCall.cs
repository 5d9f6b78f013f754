namespace VioConcierge.Bench.Webhooks;

/// <summary>A seeded call: its tenant, contact, call session and Retell call id.</summary>
public sealed record SeededCall(Guid TenantId, Guid ContactId, Guid SessionId, string CallId);
