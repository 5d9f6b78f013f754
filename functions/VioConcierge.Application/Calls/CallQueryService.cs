using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Identity;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Calls;

/// <summary>Reads the calls of the caller's tenant.</summary>
public sealed class CallQueryService(ITransactions database, ICallSessionStore sessions)
{
    public async Task<Result<CallSessionResponse>> GetAsync(CurrentUser me, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginForAsync(me, ct);
        return await sessions.FindAsync(uow, id, forUpdate: false, ct) is { } session
            ? Result<CallSessionResponse>.Ok(CallSessionResponse.From(session))
            : Result<CallSessionResponse>.NotFound();
    }
}
