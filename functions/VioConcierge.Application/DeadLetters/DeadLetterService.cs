using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Audit;
using VioConcierge.Application.Identity;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Audit;
using VioConcierge.Core.Identity;

namespace VioConcierge.Application.DeadLetters;

/// <summary>Dead-lettered work for platform operators: what failed, and putting an item back once its cause is fixed (audited).</summary>
public sealed class DeadLetterService(ITransactions database, IDeadLetters deadLetters, IAuditLog audit)
{
    public async Task<Result<Page<DeadLetter>>> ListAsync(string? kind, int? limit, string? cursor, CancellationToken ct)
    {
        var errors = new FieldErrors();
        return Paging.TryRead(limit, cursor, errors, out var pageSize, out var after)
            ? Result<Page<DeadLetter>>.Ok(await deadLetters.ListAsync(kind, pageSize, after, ct))
            : Result<Page<DeadLetter>>.Invalid(errors);
    }

    public async Task<Result<Guid>> ReplayAsync(CurrentUser actor, Guid id, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var (replayed, tenantId, kind) = await deadLetters.ReplayAsync(uow, id, ct);
        if (!replayed)
        {
            return Result<Guid>.NotFound();
        }
        await audit.AppendAsync(uow, new AuditEntry(tenantId, actor.UserId, actor.Role.ToName(), AuditActions.WorkItemReplayed,
            "work_item", id.ToString(), new AuditChanges().Set("kind", kind).Build(), actor.ClientIp), ct);
        await uow.CommitAsync(ct);
        return Result<Guid>.Ok(id);
    }
}
