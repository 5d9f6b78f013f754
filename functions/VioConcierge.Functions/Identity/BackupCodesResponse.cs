using VioConcierge.Core.Identity;

namespace VioConcierge.Functions.Identity;

public sealed record BackupCodesResponse(IReadOnlyList<string> BackupCodes);
