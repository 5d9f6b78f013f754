using VioConcierge.Core.Notifications;

namespace VioConcierge.Application.Notifications;

/// <summary>One user's report: which one, and the local days it covers, [From, To).</summary>
public sealed record ReportPayload(Guid UserId, ReportKind Report, DateOnly From, DateOnly To);
