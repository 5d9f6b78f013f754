using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Security;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Checks a user's TOTP or backup code. A TOTP step is accepted once (no replay); a backup code is spent on use.
/// TOTP secrets are stored encrypted, bound to their user.
/// </summary>
public sealed class TwoFactorCodes(IUserStore users, IFieldProtector protector, TimeProvider time)
{
    public static string Purpose(Guid userId) => $"totp:{userId}";

    public async Task<bool> AcceptAsync(IUnitOfWork uow, UserRow user, string? totpCode, string? backupCode, CancellationToken ct)
    {
        if (totpCode is not null)
        {
            var secret = Base32.Decode(protector.Unprotect(user.TotpSecret!, Purpose(user.Id)));
            var step = Totp.Verify(secret, totpCode, time.GetUtcNow(), user.TotpLastStep);
            return step is { } used && await users.UseTotpStepAsync(uow, user.Id, used, ct);
        }
        return backupCode is not null
            && await users.UseBackupCodeAsync(uow, user.Id, BackupCodes.Hash(backupCode), time.GetUtcNow(), ct);
    }

    /// <summary>Verifies a code against the secret being enrolled; returns the step it matched.</summary>
    public long? VerifyPending(UserRow user, string? code) =>
        user.TotpPendingSecret is null
            ? null
            : Totp.Verify(Base32.Decode(protector.Unprotect(user.TotpPendingSecret, Purpose(user.Id))), code, time.GetUtcNow(), null);

    public string ProtectSecret(Guid userId, byte[] secret) => protector.Protect(Base32.Encode(secret), Purpose(userId));
}
