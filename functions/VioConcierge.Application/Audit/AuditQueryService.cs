using VioConcierge.Application.Abstractions;
using VioConcierge.Core.Abstractions;

namespace VioConcierge.Application.Audit;

/// <summary>The platform audit trail for super admins: filtered, newest first, a page at a time.</summary>
public sealed class AuditQueryService(ITransactions database, IAuditLog audit)
{
    public async Task<Result<Page<AuditResponse>>> ListAsync(AuditFilter filter, int? limit, string? cursor, CancellationToken ct)
    {
        var errors = new FieldErrors().AddIf(filter.From > filter.To, "from", "From must be before to.");
        if (!Paging.TryRead(limit, cursor, errors, out var pageSize, out var after))
        {
            return Result<Page<AuditResponse>>.Invalid(errors);
        }
        await using var uow = await database.BeginPlatformAsync(ct);
        var page = await audit.ListAsync(uow, filter, pageSize, after, ct);
        return Result<Page<AuditResponse>>.Ok(new Page<AuditResponse>(page.Items.Select(AuditResponse.From).ToArray(), page.NextCursor, page.Total));
    }
}
