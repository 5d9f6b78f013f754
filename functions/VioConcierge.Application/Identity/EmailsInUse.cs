using VioConcierge.Application.Abstractions;

namespace VioConcierge.Application.Identity;

/// <summary>
/// Whether an email is taken anywhere on the platform (every tenant and the super admins), read in platform scope:
/// a tenant's own transaction sees only its own users. The unique index stays the last word on a race.
/// </summary>
public sealed class EmailsInUse(ITransactions database, IUserStore users)
{
    public async Task<bool> AnywhereAsync(string email, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await users.EmailExistsAsync(uow, email, ct);
    }
}
