using System.Text.Json;
using VioConcierge.Core.Work;
using VioConcierge.Infrastructure.Postgres;

namespace VioConcierge.Functions.Reminders;

/// <summary>A work handler whose whole job runs in one transaction of the item's tenant, committed when it returns.</summary>
public abstract class TenantWorkHandler<TPayload>(Database database) : IWorkHandler
{
    protected static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public abstract string Kind { get; }

    public async Task HandleAsync(WorkItem item, CancellationToken cancellationToken)
    {
        var payload = JsonSerializer.Deserialize<TPayload>(item.PayloadJson, Json)
            ?? throw new InvalidOperationException($"Work item {item.Id} has no payload.");
        await using var uow = await database.BeginTenantAsync(item.TenantId ?? throw new InvalidOperationException("Tenant work without a tenant."), cancellationToken);
        await HandleAsync(uow, payload, cancellationToken);
        await uow.CommitAsync(cancellationToken);
    }

    protected abstract Task HandleAsync(UnitOfWork uow, TPayload payload, CancellationToken ct);
}
