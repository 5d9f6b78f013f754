using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

public sealed record BackupCodesResponse(IReadOnlyList<string> BackupCodes);
