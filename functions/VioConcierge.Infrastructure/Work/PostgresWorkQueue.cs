using Microsoft.Extensions.Options;
using VioConcierge.Application.Abstractions;
using VioConcierge.Application.Work;
using VioConcierge.Core.Abstractions;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Infrastructure.Work;

/// <summary>
/// Work items in PostgreSQL, the outbox of the Storage queues: enqueue joins the caller's transaction, so work commits
/// with the change that schedules it. The relay claims due items with <c>FOR UPDATE SKIP LOCKED</c> under a lease and
/// sends them; the queue-triggered run loads them by that lease and completes them in the handler's own transaction.
/// A failed delivery is recorded (and dead-lettered on the last); an item whose lease expired (its message was lost)
/// is sent again.
/// </summary>
public sealed class PostgresWorkQueue(Database database, WorkSignal signal, IOptions<WorkQueueOptions> options, TimeProvider time) : IWorkQueue
{
    private const int MaxErrorLength = 2000;
    private readonly WorkQueueOptions _options = options.Value;

    /// <summary>
    /// The insert of one work item from the parameters of <see cref="NewItem"/>, selected from <paramref name="source"/>
    /// (<c>(VALUES (1))</c> for an unconditional enqueue; a CTE to enqueue only when it has a row).
    /// </summary>
    public static string InsertSql(string source) => $"""
        INSERT INTO work_items (tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key, created_at, updated_at)
        SELECT @TenantId, @Id, @Kind, CAST(@PayloadJson AS jsonb), @DueAt, @MaxAttempts, @DedupeKey, @Now, @Now FROM {source} AS source
        ON CONFLICT (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
        RETURNING id
        """;

    /// <summary>
    /// The parameters of <see cref="InsertSql"/> for <paramref name="request"/>: its tenant (platform work under
    /// <see cref="PlatformTenant.Id"/>), a new id, the attempts, now.
    /// </summary>
    public WorkItemParameters NewItem(WorkRequest request, Guid? tenantId) => new(
        request.TenantId ?? tenantId ?? PlatformTenant.Id, Ids.New(time), request.Kind, request.PayloadJson, request.DueAt,
        request.MaxAttempts ?? _options.MaxAttempts, request.DedupeKey, time.GetUtcNow());

    /// <summary>The queue's clock (due times are on it).</summary>
    public DateTimeOffset Now => time.GetUtcNow();

    /// <summary>Wakes the relay: call after committing an enqueue made with <see cref="InsertSql"/>.</summary>
    public void Notify() => signal.Notify();

    /// <summary>Enqueues inside <paramref name="uow"/>; returns the new id, or null when the dedupe key already exists.</summary>
    public async Task<Guid?> EnqueueAsync(IUnitOfWork uow, WorkRequest request, CancellationToken ct)
    {
        var id = await uow.QuerySingleOrDefaultAsync<Guid?>(InsertSql("(VALUES (1))"), NewItem(request, uow.TenantId), ct);
        if (id is not null)
        {
            uow.OnCommitted(signal.Notify);
        }
        return id;
    }

    /// <summary>Enqueues in a transaction of its own.</summary>
    /// <summary>
    /// Enqueues many items in the caller's transaction with one statement; like <see cref="EnqueueAsync(IUnitOfWork,
    /// WorkRequest, CancellationToken)"/>, a repeated dedupe key is skipped. Returns how many were added.
    /// </summary>
    public async Task<int> EnqueueManyAsync(IUnitOfWork uow, IReadOnlyList<WorkRequest> requests, CancellationToken ct)
    {
        if (requests.Count == 0)
        {
            return 0;
        }
        var added = await uow.ExecuteAsync("""
            INSERT INTO work_items (tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key, created_at, updated_at)
            SELECT u.tenant_id, u.id, u.kind, CAST(u.payload AS jsonb), u.due_at, u.max_attempts, u.dedupe_key, @Now, @Now
            FROM unnest(@TenantIds, @Ids, @Kinds, @Payloads, @DueAts, @MaxAttempts, @DedupeKeys)
                AS u(tenant_id, id, kind, payload, due_at, max_attempts, dedupe_key)
            ON CONFLICT (tenant_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING
            """,
            new
            {
                TenantIds = requests.Select(r => r.TenantId ?? uow.TenantId ?? PlatformTenant.Id).ToArray(),
                Ids = requests.Select(_ => Ids.New(time)).ToArray(),
                Kinds = requests.Select(r => r.Kind).ToArray(),
                Payloads = requests.Select(r => r.PayloadJson).ToArray(),
                DueAts = requests.Select(r => r.DueAt.ToUniversalTime()).ToArray(),
                MaxAttempts = requests.Select(r => r.MaxAttempts ?? _options.MaxAttempts).ToArray(),
                DedupeKeys = requests.Select(r => r.DedupeKey).ToArray(),
                Now = time.GetUtcNow(),
            }, ct);
        if (added > 0)
        {
            uow.OnCommitted(signal.Notify);
        }
        return added;
    }

    public async Task<Guid?> EnqueueAsync(WorkRequest request, CancellationToken ct)
    {
        await using var uow = request.TenantId is { } tenantId
            ? await database.BeginTenantAsync(tenantId, ct)
            : await database.BeginPlatformAsync(ct);
        var id = await EnqueueAsync(uow, request, ct);
        await uow.CommitAsync(ct);
        return id;
    }

    /// <summary>
    /// Leases up to <paramref name="max"/> due items to <paramref name="workerId"/> (the relay sending them). For each
    /// tenant and kind among them whose kind is in <paramref name="batchKinds"/>, it also leases more due items of that
    /// tenant and kind, up to <see cref="WorkQueueOptions.BatchSize"/> together, so their batch handler runs them in one
    /// go (taken out of due order by at most that many).
    /// </summary>
    public async Task<IReadOnlyList<ClaimedWork>> ClaimAsync(string workerId, int max, CancellationToken ct, IReadOnlyCollection<string>? batchKinds = null)
        => await ClaimAsync(workerId, max, new WorkClaimRules(batchKinds ?? []), ct);

    /// <summary>
    /// <see cref="ClaimAsync(string, int, CancellationToken, IReadOnlyCollection{string}?)"/> under
    /// <paramref name="rules"/>: kinds left out, and kinds claimed ahead of their due time.
    /// </summary>
    public async Task<IReadOnlyList<ClaimedWork>> ClaimAsync(string workerId, int max, WorkClaimRules rules, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var rows = await uow.QueryAsync<WorkItemRow>("""
            WITH due_now AS (
                SELECT id, tenant_id, kind FROM work_items
                WHERE status = 'pending' AND due_at <= @Now AND kind <> ALL(@LeftOut)
                ORDER BY due_at
                LIMIT @Max
                FOR UPDATE SKIP LOCKED),
            early AS (
                SELECT id, tenant_id, kind FROM work_items
                WHERE status = 'pending' AND kind = ANY(@AheadKinds) AND due_at > @Now AND due_at <= @AheadUntil
                  AND kind <> ALL(@LeftOut)
                ORDER BY due_at
                LIMIT @AheadMax
                FOR UPDATE SKIP LOCKED),
            head AS (SELECT id, tenant_id, kind FROM due_now UNION ALL SELECT id, tenant_id, kind FROM early),
            grouped AS (
                SELECT tenant_id, kind, count(*) AS taken FROM head
                WHERE kind = ANY(@BatchKinds) AND tenant_id <> @PlatformTenant
                GROUP BY tenant_id, kind),
            more AS (
                SELECT extra.id FROM grouped g
                CROSS JOIN LATERAL (
                    SELECT w.id FROM work_items w
                    WHERE w.status = 'pending' AND w.due_at <= @Now AND w.tenant_id = g.tenant_id AND w.kind = g.kind
                      AND w.id NOT IN (SELECT id FROM head)
                    ORDER BY w.due_at
                    LIMIT greatest(@BatchSize - g.taken, 0)
                    FOR UPDATE SKIP LOCKED) extra),
            due AS (SELECT id FROM head UNION SELECT id FROM more)
            UPDATE work_items w
            SET status = 'running', lease_token = gen_random_uuid(),
                lease_until = @LeaseUntil, leased_by = @WorkerId, updated_at = @Now
            FROM due WHERE w.id = due.id
            RETURNING w.id, nullif(w.tenant_id, @PlatformTenant) AS tenant_id, w.kind, w.payload::text AS payload, w.due_at, w.attempts, w.max_attempts,
                      w.dedupe_key, w.lease_token
            """,
            new
            {
                Now = now,
                Max = max,
                LeaseUntil = now + _options.LeaseDuration,
                WorkerId = workerId,
                BatchKinds = rules.BatchKinds.ToArray(),
                AheadKinds = rules.AheadKinds.ToArray(),
                AheadUntil = now + rules.Ahead,
                rules.AheadMax,
                LeftOut = rules.LeftOut.ToArray(),
                _options.BatchSize,
                PlatformTenant = PlatformTenant.Id,
            }, ct);
        await uow.CommitAsync(ct);
        return rows.OrderBy(row => row.DueAt).Select(row => row.ToClaimed()).ToArray();
    }

    /// <summary>
    /// How many items are relayed and not finished (<c>running</c>), and of those how many of <paramref name="kinds"/>
    /// were claimed before their moment and have not run yet: waiting in their orchestrations, on their timers or, when
    /// the task hub falls behind, after them (a run stamps the item).
    /// </summary>
    public async Task<(int Running, int Waiting)> CountInFlightAsync(IReadOnlyCollection<string> kinds, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        return await uow.QuerySingleAsync<(int, int)>("""
            SELECT count(*)::int, (count(*) FILTER (WHERE kind = ANY(@Kinds) AND updated_at < due_at))::int
            FROM work_items WHERE status = 'running'
            """, new { Kinds = kinds.ToArray() }, ct);
    }

    /// <summary>Marks a claimed item done; false when the lease was lost (another worker took it over).</summary>
    public async Task<bool> CompleteAsync(ClaimedWork work, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        var completed = await CompleteAsync(uow, work, ct);
        await uow.CommitAsync(ct);
        return completed;
    }

    /// <summary>Marks a claimed item done inside <paramref name="uow"/> (the handler's own transaction); false when the lease was lost.</summary>
    public async Task<bool> CompleteAsync(IUnitOfWork uow, ClaimedWork work, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var updated = await uow.ExecuteAsync("""
            UPDATE work_items SET status = 'done', completed_at = @Now, updated_at = @Now, lease_token = NULL, lease_until = NULL
            WHERE id = @Id AND lease_token = @LeaseToken AND status = 'running'
            """, new { Now = now, work.Item.Id, work.LeaseToken }, ct);
        return updated == 1;
    }

    /// <summary>Marks several claimed items done inside <paramref name="uow"/> in one statement; returns the ids completed (a lost lease is left out).</summary>
    public async Task<IReadOnlySet<Guid>> CompleteManyAsync(IUnitOfWork uow, IReadOnlyList<ClaimedWork> works, CancellationToken ct)
    {
        var completed = await uow.QueryAsync<Guid>("""
            UPDATE work_items w SET status = 'done', completed_at = @Now, updated_at = @Now, lease_token = NULL, lease_until = NULL
            FROM unnest(@Ids, @LeaseTokens) AS c(id, lease_token)
            WHERE w.id = c.id AND w.lease_token = c.lease_token AND w.status = 'running'
            RETURNING w.id
            """,
            new { Now = time.GetUtcNow(), Ids = works.Select(work => work.Item.Id).ToArray(), LeaseTokens = works.Select(work => work.LeaseToken).ToArray() }, ct);
        return completed.ToHashSet();
    }

    /// <summary>
    /// The items of a delivered message still leased by the claim that sent them, leased anew for the run, with the
    /// attempt counted (an item's attempts are the runs started, so a run that never finished counts too).
    /// </summary>
    public async Task<IReadOnlyList<ClaimedWork>> LoadLeasedAsync(IReadOnlyList<WorkMessage.Lease> leases, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var rows = await uow.QueryAsync<WorkItemRow>("""
            UPDATE work_items w SET lease_until = @LeaseUntil, attempts = w.attempts + 1, updated_at = @Now
            FROM unnest(@Ids, @Tokens) AS l(id, token)
            WHERE w.id = l.id AND w.lease_token = l.token AND w.status = 'running'
            RETURNING w.id, nullif(w.tenant_id, @PlatformTenant) AS tenant_id, w.kind, w.payload::text AS payload, w.due_at, w.attempts, w.max_attempts,
                      w.dedupe_key, w.lease_token
            """,
            new
            {
                LeaseUntil = now + _options.LeaseDuration,
                Now = now,
                Ids = leases.Select(lease => lease.Id).ToArray(),
                Tokens = leases.Select(lease => lease.Token).ToArray(),
                PlatformTenant = PlatformTenant.Id,
            }, ct);
        await uow.CommitAsync(ct);
        return rows.OrderBy(row => row.DueAt).Select(row => row.ToClaimed()).ToArray();
    }

    /// <summary>
    /// Records a failed run: the item stays leased to its message (delivered again by its queue) with the error, or is
    /// dead-lettered when <paramref name="dead"/>.
    /// </summary>
    public async Task<bool> FailAsync(ClaimedWork work, string error, bool dead, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var updated = await uow.ExecuteAsync("""
            UPDATE work_items
            SET status = @Status, last_error = @Error, updated_at = @Now,
                lease_token = CASE WHEN @Dead THEN NULL ELSE lease_token END,
                lease_until = CASE WHEN @Dead THEN NULL ELSE lease_until END
            WHERE id = @Id AND lease_token = @LeaseToken AND status = 'running'
            """,
            new
            {
                Status = dead ? WorkStatus.Dead : WorkStatus.Running,
                Dead = dead,
                Error = Truncate(error),
                Now = now,
                work.Item.Id,
                work.LeaseToken,
            }, ct);
        await uow.CommitAsync(ct);
        return updated == 1;
    }

    /// <summary>Puts items whose message could not be sent back to pending at once, for the next relay.</summary>
    public async Task ReleaseAsync(IReadOnlyList<ClaimedWork> works, CancellationToken ct)
    {
        await using var uow = await database.BeginPlatformAsync(ct);
        await uow.ExecuteAsync("""
            UPDATE work_items w SET status = 'pending', lease_token = NULL, lease_until = NULL, updated_at = @Now
            FROM unnest(@Ids, @Tokens) AS l(id, token)
            WHERE w.id = l.id AND w.lease_token = l.token AND w.status = 'running'
            """,
            new { Now = time.GetUtcNow(), Ids = works.Select(work => work.Item.Id).ToArray(), Tokens = works.Select(work => work.LeaseToken).ToArray() }, ct);
        await uow.CommitAsync(ct);
    }

    /// <summary>
    /// Puts an item that failed for a reason outside it (the database was briefly unreachable) back to pending after
    /// <paramref name="delay"/>, without spending the attempt its run counted: an outage never dead-letters work.
    /// </summary>
    public async Task<bool> PostponeAsync(ClaimedWork work, TimeSpan delay, string error, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var updated = await uow.ExecuteAsync("""
            UPDATE work_items
            SET status = 'pending', attempts = greatest(attempts - 1, 0), due_at = @DueAt, last_error = @Error, updated_at = @Now,
                lease_token = NULL, lease_until = NULL
            WHERE id = @Id AND lease_token = @LeaseToken AND status = 'running'
            """,
            new { DueAt = now + delay, Error = Truncate(error), Now = now, work.Item.Id, work.LeaseToken }, ct);
        await uow.CommitAsync(ct);
        return updated == 1;
    }

    /// <summary>Keeps a long-running item leased to its worker.</summary>
    public async Task<bool> ExtendLeaseAsync(ClaimedWork work, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var updated = await uow.ExecuteAsync(
            "UPDATE work_items SET lease_until = @Until WHERE id = @Id AND lease_token = @LeaseToken AND status = 'running'",
            new { Until = now + _options.LeaseDuration, work.Item.Id, work.LeaseToken }, ct);
        await uow.CommitAsync(ct);
        return updated == 1;
    }

    /// <summary>
    /// Returns items whose lease expired (their message was lost, or the process running them died) to pending, for
    /// the relay to send again, or dead-letters them when their attempts are spent (an item that kills every process
    /// running it). Returns how many were recovered.
    /// </summary>
    public async Task<int> RecoverExpiredLeasesAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await using var uow = await database.BeginPlatformAsync(ct);
        var recovered = await uow.ExecuteAsync("""
            WITH expired AS (
                SELECT id FROM work_items
                WHERE status = 'running' AND lease_until < @Now
                FOR UPDATE SKIP LOCKED)
            UPDATE work_items w
            SET status = CASE WHEN w.attempts >= w.max_attempts THEN 'dead' ELSE 'pending' END,
                due_at = @Now, last_error = 'Lease expired: its message was lost or the run stopped before finishing.',
                lease_token = NULL, lease_until = NULL, updated_at = @Now
            FROM expired WHERE w.id = expired.id
            """, new { Now = now }, ct);
        await uow.CommitAsync(ct);
        return recovered;
    }

    private static string Truncate(string error) => error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
}
